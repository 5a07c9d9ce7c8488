import type { adapterFactoryFor } from "./adapters";

type Factory = ReturnType<typeof adapterFactoryFor>["factory"];

/**
 * A condition a migration needs of the data, checked before anything is applied. The SQL guard
 * inside the migration would also refuse, but the engine then records the migration as failed
 * and a later deploy will not retry it; checked here first, a refusal leaves nothing recorded.
 */
interface Precondition {
  migration: string;
  /** The table the check reads (a fresh database has none yet, and then nothing blocks). */
  table: string;
  /** A query returning one number: more than zero means the migration must wait. */
  blockingRows: string;
  message: string;
}

const PRECONDITIONS: Precondition[] = [
  {
    migration: "20261203171451_permit_type_versions",
    table: "PendingLetter",
    blockingRows: `SELECT count(*) FROM "PendingLetter"`,
    message:
      "Masih ada surat yang menunggu dibuat (tabel PendingLetter) dalam bentuk versi sebelumnya. Jalankan versi aplikasi sebelumnya (`npm start`) sampai antrean kosong — surat dibuat ulang setiap kali berkasnya dibuka atau dalam satu menit — lalu ulangi pembaruan. Tidak ada yang diubah.",
  },
];

async function scalar(factory: Factory, sql: string): Promise<number> {
  const adapter = await factory.connect();
  try {
    const result = await adapter.queryRaw({ sql, args: [], argTypes: [] });
    return Number(result.rows[0]?.[0] ?? 0);
  } finally {
    await adapter.dispose();
  }
}

// A query naming a missing table fails as it is planned, so existence is asked first, apart.
const tableExists = async (factory: Factory, table: string): Promise<boolean> =>
  (await scalar(factory, `SELECT CASE WHEN to_regclass('"${table.replace(/[^A-Za-z_]/g, "")}"') IS NULL THEN 0 ELSE 1 END`)) === 1;

async function isApplied(factory: Factory, name: string): Promise<boolean> {
  if (!(await tableExists(factory, "_prisma_migrations"))) return false;
  const escaped = name.replace(/'/g, "''");
  return (await scalar(factory, `SELECT count(*) FROM "_prisma_migrations" WHERE migration_name = '${escaped}' AND finished_at IS NOT NULL AND rolled_back_at IS NULL`)) > 0;
}

/** Throws, before any migration is applied, when a pending migration's precondition does not hold. */
export async function checkPreconditions(factory: Factory, pending: readonly string[]): Promise<void> {
  for (const p of PRECONDITIONS) {
    if (!pending.includes(p.migration) || !(await tableExists(factory, p.table)) || (await isApplied(factory, p.migration))) continue;
    if ((await scalar(factory, p.blockingRows)) > 0) throw new Error(p.message);
  }
}
