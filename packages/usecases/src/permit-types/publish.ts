import { validatePermitType, type PermitTypeDefinition, type PermitTypeProblem } from "@perizinan/domain";
import { Prisma, type Db } from "@perizinan/db";
import { publishPermitTypeVersion, type Published } from "@perizinan/db/permit-types";
import { AppError } from "../errors";
import { definitionOfVersion } from "./definitions";

type Tx = Prisma.TransactionClient;

/** A refusal that lists every problem, each at its path in the definition (as the editor marks it). */
export function definitionRefusal(problems: PermitTypeProblem[], what = "Jenis izin tidak dapat diterbitkan"): AppError {
  const message = `${what}. Perbaiki ${problems.length} masalah berikut: ${problems.map((p, i) => `(${i + 1}) ${p.path ? `${p.path}: ` : ""}${p.message}`).join("; ")}`;
  // Every problem is kept: a form marks the first at its path, a list shows them all.
  const fieldErrors: Record<string, string> = {};
  for (const p of problems) {
    const path = p.path || "_";
    let key = path;
    for (let n = 2; key in fieldErrors; n++) key = `${path}#${n}`;
    fieldErrors[key] = p.message;
  }
  return new AppError("INVALID_INPUT", message, fieldErrors);
}

/** The definition judged against this office (its technical agencies); every problem, or the definition. */
export async function checkDefinition(tx: Tx | Db, officeId: string, candidate: unknown, also: PermitTypeProblem[] = []): Promise<PermitTypeDefinition> {
  const agencies = await tx.technicalAgency.findMany({ where: { officeId }, select: { code: true } });
  const checked = validatePermitType(candidate, { technicalAgencies: agencies.map((a) => a.code) });
  const problems = [...also, ...(checked.ok ? [] : checked.problems)];
  if (!checked.ok || problems.length) throw definitionRefusal(problems);
  return checked.definition;
}

const SERIALIZABLE = { isolationLevel: Prisma.TransactionIsolationLevel.Serializable, maxWait: 15_000, timeout: 30_000 } as const;

function raced(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && (error.code === "P2002" || error.code === "P2034");
}

/**
 * Publishes a change to a permit type as its next version: the newest published definition,
 * changed by `revise`, judged whole by the domain, then written with its requirements, books and
 * flows. Files under way keep the version they started under; new files take this one. Refused,
 * with nothing changed, when the result has problems, changes nothing, or another administrator
 * published first.
 */
export async function publishRevision(
  db: Db,
  input: {
    officeId: string;
    permitTypeId: string;
    by: string;
    basedOnVersion?: number;
    /** The change; problems it finds in the administrator's request go to `problems`, listed with the definition's own. */
    revise: (definition: PermitTypeDefinition, problems: PermitTypeProblem[]) => PermitTypeDefinition;
  },
): Promise<Published> {
  try {
    return await db.$transaction(async (tx) => {
      const latest = await tx.permitTypeVersion.findFirst({
        where: { permitTypeId: input.permitTypeId, officeId: input.officeId, status: "PUBLISHED" },
        orderBy: { version: "desc" },
        select: { id: true, status: true, version: true, definition: true },
      });
      if (!latest) throw new AppError("NOT_FOUND", "Jenis izin tidak ditemukan.");
      if (input.basedOnVersion !== undefined && input.basedOnVersion !== latest.version) {
        throw new AppError("STALE_VERSION", `Sementara Anda mengubah, versi ${latest.version} telah diterbitkan. Muat ulang halaman lalu ulangi perubahan Anda.`);
      }
      const base = definitionOfVersion(latest);
      const requestProblems: PermitTypeProblem[] = [];
      const revised = input.revise(structuredClone(base), requestProblems);
      if (requestProblems.length === 0 && JSON.stringify(revised) === JSON.stringify(base)) {
        throw definitionRefusal([{ path: "", message: `tidak ada perubahan dibanding versi ${latest.version}; tidak ada yang perlu diterbitkan` }]);
      }
      const definition = await checkDefinition(tx, input.officeId, revised, requestProblems);
      if (definition.code !== base.code) throw definitionRefusal([{ path: "code", message: "kode jenis izin tidak dapat diubah; buat jenis izin baru dengan menyalin yang ini" }]);
      return publishPermitTypeVersion(tx, { officeId: input.officeId, definition, by: input.by, at: new Date() });
    }, SERIALIZABLE);
  } catch (error) {
    if (raced(error)) throw new AppError("STALE_VERSION", "Versi yang sama baru saja diterbitkan oleh administrator lain. Muat ulang halaman lalu periksa kembali.");
    throw error;
  }
}
