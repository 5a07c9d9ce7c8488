/** Each suite its own ports, apart from the Playwright run (3100/3101/54339) and `npm start`. */
export const STRESS_PORTS = { portal: 3200, backoffice: 3201, database: 54349 };
export const CRASH_PORTS = { portal: 3210, backoffice: 3211, database: 54359 };

/** CI's production check: the same suite on this PostgreSQL (a fresh database) instead of the embedded default. */
export const RESILIENCE_DATABASE_URL = process.env.RESILIENCE_DATABASE_URL?.trim() || undefined;
