import { dataDir, getDb } from "@perizinan/db";
import { storageFromEnv, type DocumentStorage } from "@perizinan/storage";
import { createContext, type AppKind } from "./context";

let storage: DocumentStorage | undefined;
/** The process-wide document storage, configured once from the environment. */
export function getStorage(): DocumentStorage {
  storage ??= storageFromEnv(dataDir());
  return storage;
}

/** The context of an HTTP request in a running app, on the process-wide database client. */
export function createRequestContext(input: {
  app: AppKind;
  sessionUserId: string | null | undefined;
  ip?: string | null;
  userAgent?: string | null;
}) {
  return createContext({ db: getDb(), storage: getStorage(), ...input });
}

/** A round trip to the database, for the apps' health endpoints. */
export async function databaseIsUp(): Promise<boolean> {
  await getDb().$queryRaw`SELECT 1`;
  return true;
}
