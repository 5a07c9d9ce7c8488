export const PORTAL_URL = `http://localhost:${process.env.E2E_PORTAL_PORT ?? 3100}`;
export const BACKOFFICE_URL = `http://localhost:${process.env.E2E_BACKOFFICE_PORT ?? 3101}`;
