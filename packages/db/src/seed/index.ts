import { addWorkingMinutes, judgeChecklist, SEED_PERMIT_TYPES, SIK_PEREKAM_MEDIS, validatePermitType, type Actor, type Checklist, type Command, type Role } from "@perizinan/domain";
import type { Db } from "../client";
import { applyCommand } from "../files/apply-command";
import { loadCalendar } from "../files/calendar";
import { createDraft } from "../files/create-draft";
import { newRegistrationNumber } from "../files/registration-number";
import { hashPassword } from "../password";
import { demoDocument, demoEmblemPng, type DemoDocumentStore } from "./demo-documents";
import { demoHistory, type DemoFile, type DemoStep } from "./history";
import { rebuildStats } from "../files/stats";
import { publishPermitTypeVersion } from "../permit-types/publish";
import { AGENCIES, DEMO_APPLICANTS, DEMO_FILE_PERMIT_TYPE, DEMO_PASSWORD, DEMO_STAFF, HOLIDAYS, OFFICE } from "./data";

export { DEMO_APPLICANTS, DEMO_PASSWORD, DEMO_STAFF } from "./data";

export type { DemoDocumentStore } from "./demo-documents";

/**
 * Seeds the demo office. Idempotent: running it again changes nothing that exists. Given the
 * document storage, the demo files (not the generated history) carry a document per requirement.
 */
export async function seed(db: Db, now = new Date(), documents?: DemoDocumentStore): Promise<{ created: boolean }> {
  const existing = await db.office.findUnique({ where: { code: OFFICE.code } });
  const office =
    existing ??
    (await db.office.create({
      data: { ...OFFICE, workingWeek: OFFICE.workingWeek },
    }));

  if (documents && !office.emblemKey) {
    // A stand-in emblem so the demo kop looks like a real one; the administrator uploads the real lambang.
    const stored = await documents.put(demoEmblemPng());
    await db.office.update({ where: { id: office.id }, data: { emblemKey: stored.key, emblemMimeType: "image/png" } });
  }

  for (const h of HOLIDAYS) {
    await db.holiday.upsert({
      where: { officeId_date: { officeId: office.id, date: h.date } },
      create: { officeId: office.id, ...h },
      update: {},
    });
  }

  const agencies = new Map<string, string>();
  for (const a of AGENCIES) {
    const agency = await db.technicalAgency.upsert({
      where: { officeId_code: { officeId: office.id, code: a.code } },
      create: { officeId: office.id, ...a },
      update: {},
    });
    agencies.set(a.code, agency.id);
  }

  // Each seeded type is published once, as its version 1; an administrator's later versions stay.
  for (const definition of SEED_PERMIT_TYPES) {
    const type = await db.permitType.findUnique({ where: { officeId_code: { officeId: office.id, code: definition.code } }, select: { id: true } });
    const published = type ? await db.sopVersion.count({ where: { permitTypeId: type.id } }) : 0;
    if (published > 0) continue;
    const checked = validatePermitType(definition, { technicalAgencies: [...agencies.keys()] });
    if (!checked.ok) throw new Error(`Seed: ${definition.code} tidak valid: ${checked.problems.map((p) => `${p.path}: ${p.message}`).join("; ")}`);
    await db.$transaction((tx) => publishPermitTypeVersion(tx, { officeId: office.id, definition: checked.definition, by: null, at: now }));
  }
  const permitType = await db.permitType.findUniqueOrThrow({ where: { officeId_code: { officeId: office.id, code: DEMO_FILE_PERMIT_TYPE } } });

  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const staff = new Map<Role, Actor>();
  for (const s of DEMO_STAFF) {
    const user = await db.user.upsert({
      where: { username: s.username },
      create: {
        kind: "STAFF",
        officeId: office.id,
        username: s.username,
        nip: s.nip,
        name: s.name,
        jobTitle: s.jobTitle,
        passwordHash,
        technicalAgencyId: s.agency ? (agencies.get(s.agency) ?? null) : null,
        roles: { create: s.roles.map((role) => ({ role })) },
      },
      update: {},
      include: { roles: true },
    });
    // The first demo account of each role acts in the demo history (timteknis, not timteknis2).
    for (const r of user.roles) if (!staff.has(r.role)) staff.set(r.role, { id: user.id, roles: user.roles.map((x) => x.role) });
  }
  const applicants: Actor[] = [];
  for (const a of DEMO_APPLICANTS) {
    const user = await db.user.upsert({
      where: { email: a.email },
      create: { kind: "APPLICANT", ...a, passwordHash, roles: { create: [{ role: "PEMOHON" }] } },
      update: {},
    });
    applicants.push({ id: user.id, roles: ["PEMOHON"] });
  }

  await seedDemoFiles(db, { officeId: office.id, permitTypeId: permitType.id, staff, applicants, now, documents });
  // Databases from before the dashboard have files without derived figures: derive them once.
  await rebuildStats(db, { onlyMissing: true });
  return { created: !existing };
}

interface DemoContext {
  officeId: string;
  permitTypeId: string;
  staff: Map<Role, Actor>;
  applicants: Actor[];
  now: Date;
  documents: DemoDocumentStore | undefined;
}

/** How the counter judged the returned demo file: the STR unreadable, the photo on the wrong background. */
const RETURNED_CHECKLIST: Checklist = {
  ...Object.fromEntries(SIK_PEREKAM_MEDIS.requirements.map((r) => [r.code, { ok: true }])),
  STR: { ok: false, reason: "masa berlaku pada dokumen tidak terbaca", newDocument: true },
  PAS_FOTO: { ok: false, reason: "latar belakang bukan merah", newDocument: true },
  SURAT_SEHAT: { ok: false, reason: "tanda tangan dokter kurang jelas; tunjukkan aslinya di loket", newDocument: false },
};

function returnCommand(checklist: Checklist): { command: Command; data: Record<string, unknown> } {
  const judged = judgeChecklist(SIK_PEREKAM_MEDIS.requirements.map((r) => ({ code: r.code, name: r.label })), checklist, "RETURN");
  if (!judged.ok) throw new Error(`Seed: demo return checklist invalid: ${judged.message}`);
  return { command: { action: "RETURN", reasons: judged.reasons }, data: { checklist, mustReplace: judged.mustReplace } };
}

/** Birth data and address of the demo applicants, in their order. */
const DEMO_BIRTH = [
  { birthPlace: "Sidikalang", birthDate: "1995-04-12", address: "Jl. Pakpak No. 12, Sidikalang" },
  { birthPlace: "Medan", birthDate: "1992-08-07", address: "Jl. Air Bersih No. 4, Sitinjo" },
];

/** Files standing at different steps, so a newcomer sees a living office. */
function demoFiles(): DemoFile[] {
  const complete = (by: Role | "APPLICANT", afterMinutes = 60, extra: Partial<Command> = {}): DemoStep => ({
    by,
    command: { action: "COMPLETE", ...extra },
    afterMinutes,
  });
  const submitted = complete("APPLICANT", 0);
  const toStep6 = [
    submitted,
    complete("FRONT_OFFICE", 90),
    complete("FRONT_OFFICE", 20),
    complete("BACK_OFFICE", 120),
    { by: "BACK_OFFICE" as const, command: { action: "COMPLETE" as const, note: "Berkas lengkap dan sesuai standar pelayanan." }, afterMinutes: 180, assign: true },
  ];
  return [
    { id: "demo-berkas-draf", applicant: 0, startDaysAgo: 1, steps: [] },
    { id: "demo-berkas-baru", applicant: 0, startDaysAgo: 0, steps: [submitted] },
    {
      id: "demo-berkas-dikembalikan",
      applicant: 0,
      startDaysAgo: 4,
      steps: [submitted, { by: "FRONT_OFFICE", ...returnCommand(RETURNED_CHECKLIST), afterMinutes: 100 }],
    },
    { id: "demo-berkas-tim-teknis", applicant: 1, startDaysAgo: 9, steps: toStep6 },
    {
      id: "demo-berkas-tanda-tangan",
      applicant: 1,
      startDaysAgo: 12,
      steps: [
        ...toStep6,
        complete("TIM_TEKNIS", 300, { note: "Koordinasi dengan Dinas Kesehatan selesai." }),
        complete("TIM_TEKNIS", 400, { note: "Peninjauan lapangan di RSUD Sidikalang." }),
        { by: "TIM_TEKNIS", command: { action: "APPROVE", note: "Memenuhi persyaratan." }, afterMinutes: 240 },
        complete("BACK_OFFICE", 20),
        complete("BACK_OFFICE", 40),
        complete("KABID_PELAYANAN", 50),
        complete("SEKRETARIS", 45),
      ],
    },
  ];
}

async function seedDemoFiles(db: Db, ctx: DemoContext): Promise<void> {
  const calendar = await loadCalendar(db, ctx.officeId);
  const teknis = ctx.staff.get("TIM_TEKNIS");
  const requirements = await db.requirement.findMany({ where: { permitTypeId: ctx.permitTypeId, active: true }, orderBy: { position: "asc" } });
  const withDocuments = new Set(demoFiles().map((f) => f.id));
  for (const demo of [...demoFiles(), ...demoHistory()]) {
    if (await db.application.findUnique({ where: { id: demo.id } })) continue;
    const applicant = ctx.applicants[demo.applicant]!;
    const applicantRow = await db.user.findUniqueOrThrow({ where: { id: applicant.id } });
    let at = new Date(ctx.now.getTime() - demo.startDaysAgo * 24 * 3600_000 - 3600_000);
    const draft = await createDraft(db, {
      id: demo.id,
      permitTypeId: ctx.permitTypeId,
      applicantId: applicant.id,
      at,
      form: {
        fullName: applicantRow.name,
        nik: applicantRow.nik,
        email: applicantRow.email,
        phone: applicantRow.phone,
        ...DEMO_BIRTH[demo.applicant % DEMO_BIRTH.length],
        strNumber: `RM 00000${demo.applicant + 1}2345678${demo.startDaysAgo}`,
        strLifetime: true,
        strExpiry: null,
        facilityName: "RSUD Sidikalang",
        facilityAddress: "Jl. Rumah Sakit No. 19, Sidikalang",
      },
    });
    if (ctx.documents && withDocuments.has(demo.id)) {
      for (const requirement of requirements) {
        const doc = await demoDocument(requirement, demo.id, applicantRow.name);
        const stored = await ctx.documents.put(doc.bytes);
        await db.document.create({
          data: {
            applicationId: demo.id,
            requirementId: requirement.id,
            storageKey: stored.key,
            sha256: stored.sha256,
            sizeBytes: stored.sizeBytes,
            mimeType: doc.mimeType,
            displayName: doc.displayName,
            uploadedById: applicant.id,
            createdAt: at,
          },
        });
      }
    }
    let version = draft.version;
    for (const step of demo.steps) {
      at = step.afterMinutes === 0 ? at : addWorkingMinutes(calendar, at, step.afterMinutes);
      if (at > ctx.now && demo.stopAtNow) break;
      if (at > ctx.now) at = ctx.now;
      const actor = step.by === "APPLICANT" ? applicant : ctx.staff.get(step.by)!;
      const command = step.assign && teknis ? { ...step.command, assignees: [teknis.id] } : step.command;
      const isSubmission = version === 0;
      const result = await applyCommand(db, {
        applicationId: demo.id,
        expectedVersion: version,
        command,
        actor,
        at,
        ...(step.data ? { data: step.data } : {}),
        ...(isSubmission ? { columns: { registrationNumber: newRegistrationNumber(SIK_PEREKAM_MEDIS.registrationPrefix, at) } } : {}),
      });
      if (!result.ok) throw new Error(`Seed ${demo.id}: ${result.code} ${result.message}`);
      version = result.version;
    }
  }
}
