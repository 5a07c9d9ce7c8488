/** Where both apps serve tRPC: the browser client posts here and the route handler answers here. */
export const TRPC_ENDPOINT = "/api/trpc";
