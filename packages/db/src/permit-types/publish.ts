import type { PermitTypeDefinition } from "@perizinan/domain";
import type { Prisma } from "../generated/prisma/client";

type Tx = Prisma.TransactionClient;

export interface PublishInput {
  officeId: string;
  /** A definition the domain's validatePermitType accepted. */
  definition: PermitTypeDefinition;
  by: string | null;
  at: Date;
  /** The draft being published, if it was edited as one (its row becomes the published version). */
  draftId?: string;
}

export interface Published {
  permitTypeId: string;
  permitTypeVersionId: string;
  version: number;
  /** The SopVersion of each flow, by application kind. */
  sopVersionIds: Record<string, string>;
}

const json = (value: unknown): Prisma.InputJsonValue => value as Prisma.InputJsonValue;

/**
 * Writes a validated definition as the permit type's next published version, in the caller's
 * transaction: the type's row (its listing columns follow the newest version), its requirement
 * rows by code (documents point at them; one no longer asked is kept but inactive), its agenda
 * books by code (a book keeps its counters across versions), the version, and one SopVersion per
 * flow — what the machine and the dashboard read.
 */
export async function publishPermitTypeVersion(tx: Tx, input: PublishInput): Promise<Published> {
  const def = input.definition;
  const identity = {
    name: def.name,
    shortName: def.shortName,
    description: def.description,
    feeRupiah: def.feeRupiah,
    registrationPrefix: def.registrationPrefix,
    legalBasis: def.legalBasis,
    active: true,
  };
  const permitType = await tx.permitType.upsert({
    where: { officeId_code: { officeId: input.officeId, code: def.code } },
    create: { officeId: input.officeId, code: def.code, ...identity },
    update: identity,
  });

  await syncRequirements(tx, permitType.id, def);
  await syncBooks(tx, input.officeId, permitType.id, def);

  const version = await nextPublishedVersion(tx, permitType.id);
  // Each flow carries the version it is published under, as its SopVersion does.
  const flows = Object.fromEntries(Object.entries(def.flows).map(([kind, flow]) => [kind, flow ? { ...flow, version } : flow]));
  const data = {
    version,
    status: "PUBLISHED" as const,
    definition: json({ ...def, flows }),
    publishedAt: input.at,
    publishedById: input.by,
  };
  // An administrator's open draft stays the next version after this one.
  if (!input.draftId) await tx.permitTypeVersion.updateMany({ where: { permitTypeId: permitType.id, status: "DRAFT", version: { lte: version } }, data: { version: version + 1 } });
  const row = input.draftId
    ? await tx.permitTypeVersion.update({ where: { id: input.draftId, status: "DRAFT", permitTypeId: permitType.id }, data })
    : await tx.permitTypeVersion.create({ data: { ...data, officeId: input.officeId, permitTypeId: permitType.id, createdById: input.by, createdAt: input.at } });

  const sopVersionIds: Record<string, string> = {};
  for (const [kind, flow] of Object.entries(def.flows)) {
    if (!flow) continue;
    const sop = await tx.sopVersion.create({
      data: {
        officeId: input.officeId,
        permitTypeId: permitType.id,
        permitTypeVersionId: row.id,
        applicationKind: kind,
        code: flow.code,
        version,
        definition: json({ ...flow, version }),
        publishedAt: input.at,
        publishedById: input.by,
      },
      select: { id: true },
    });
    sopVersionIds[kind] = sop.id;
  }
  return { permitTypeId: permitType.id, permitTypeVersionId: row.id, version, sopVersionIds };
}

async function syncRequirements(tx: Tx, permitTypeId: string, def: PermitTypeDefinition): Promise<void> {
  const codes = def.requirements.map((r) => r.code);
  await tx.requirement.updateMany({ where: { permitTypeId, code: { notIn: codes } }, data: { active: false } });
  for (const [index, r] of def.requirements.entries()) {
    const columns = {
      position: index + 1,
      name: r.label,
      description: r.help ?? "",
      maxBytes: r.maxBytes,
      mimeTypes: r.mimeTypes,
      required: r.required,
      active: true,
    };
    await tx.requirement.upsert({
      where: { permitTypeId_code: { permitTypeId, code: r.code } },
      create: { permitTypeId, code: r.code, ...columns },
      update: columns,
    });
  }
}

async function syncBooks(tx: Tx, officeId: string, permitTypeId: string, def: PermitTypeDefinition): Promise<void> {
  for (const book of def.books) {
    const owner = book.scope === "OFFICE" ? null : permitTypeId;
    const found = await tx.agendaBook.findFirst({ where: { officeId, code: book.code, permitTypeId: owner } });
    // An office book is shared: the first type to name it sets it up; another type's version does not rename it.
    if (found && owner === null) continue;
    if (found) await tx.agendaBook.update({ where: { id: found.id }, data: { name: book.name, format: book.format } });
    else await tx.agendaBook.create({ data: { officeId, code: book.code, permitTypeId: owner, name: book.name, format: book.format } });
  }
}

/** The number the type's next published version takes: after its versions and its SOP versions (a type carried over from the first wave has SOP versions only). */
export async function nextPublishedVersion(tx: Tx, permitTypeId: string): Promise<number> {
  const [latest, latestSop] = await Promise.all([
    tx.permitTypeVersion.findFirst({ where: { permitTypeId, status: "PUBLISHED" }, orderBy: { version: "desc" }, select: { version: true } }),
    tx.sopVersion.findFirst({ where: { permitTypeId }, orderBy: { version: "desc" }, select: { version: true } }),
  ]);
  return Math.max(latest?.version ?? 0, latestSop?.version ?? 0) + 1;
}
