import type { Db } from "@perizinan/db";
import { sopDefinitionSchema, type SopDefinition } from "@perizinan/domain";

/** The SOP versions behind a set of files, each parsed once (not copied onto every file's row). */
export async function sopsById(db: Db, versionIds: string[]): Promise<Map<string, SopDefinition>> {
  const versions = await db.sopVersion.findMany({ where: { id: { in: [...new Set(versionIds)] } }, select: { id: true, definition: true } });
  return new Map(versions.map((v) => [v.id, sopDefinitionSchema.parse(v.definition)]));
}
