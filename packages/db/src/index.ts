export { createDb, getDb, type Db } from "./client";
export { databaseUrl, dataDir } from "./config";
export * from "./generated/prisma/enums";
export { Prisma } from "./generated/prisma/client";
export type * from "./generated/prisma/models";
export { insertColumns, type ColumnType } from "./bulk-insert";
