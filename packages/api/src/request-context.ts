import { getDb } from "@perizinan/db";
import { createContext, type AppKind } from "./context";

/** The context of an HTTP request in a running app, on the process-wide database client. */
export function createRequestContext(input: {
  app: AppKind;
  sessionUserId: string | null | undefined;
  ip?: string | null;
  userAgent?: string | null;
}) {
  return createContext({ db: getDb(), ...input });
}

/** A round trip to the database, for the apps' health endpoints. */
export async function databaseIsUp(): Promise<boolean> {
  await getDb().$queryRaw`SELECT 1`;
  return true;
}
