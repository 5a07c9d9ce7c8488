import { beforeAll, describe, expect, it } from "vitest";
import { applicationFields, localIsoDate, SEED_PERMIT_TYPES, type FieldValue, type FormField, type PermitTypeDefinition } from "@perizinan/domain";
import type { TestDatabase } from "@perizinan/db/test-harness";
import { walkDefinition } from "@perizinan/usecases";
import { pageTexts } from "@perizinan/letters/testing";
import { backofficeRouter } from "./backoffice";
import { createContext } from "./context";
import { dashboardCsv } from "./dashboard/export";
import { readDocument } from "./documents/read";
import { uploadRequirementDocument } from "./documents/upload";
import { portalRouter } from "./portal";
import { samplePdf, samplePng, streamOf } from "./testing/samples";
import { useSeededOffice } from "./testing/seeded-office";
import { createCallerFactory } from "./trpc";

/**
 * Every seeded permit type walked along every path of its flow through the API, as its officers
 * would: the form filled from its own descriptors, its documents, each step acted by a holder of
 * the step's role (the team from the type's own agency), the officers' fields from the step's own
 * descriptors; each path must end where the definition says, with its letters made.
 */
const office = useSeededOffice("definition-walks");
const { storage, users } = office;
let t: TestDatabase;
beforeAll(() => {
  t = office.t;
});

const APPLICANT = "budi.sinaga@contoh.id";
const staffCtx = async (id: string) => createContext({ db: t.db, storage, app: "backoffice", sessionUserId: id });
const portalCtx = async () => createContext({ db: t.db, storage, app: "portal", sessionUserId: users.get(APPLICANT)! });

/** A value each kind accepts at submission (patterns the seeds use are met by their own examples). */
function validValue(field: FormField, today: string, nik: string): FieldValue {
  if (field.code === "npwp") return "01.234.567.8-912.000";
  switch (field.kind) {
    case "DATE":
      return field.rules?.date === "PAST" ? "1990-01-15" : field.rules?.date === "NOT_FUTURE" ? today : "2031-06-30";
    case "TIME":
      return "09:30";
    case "NUMBER":
      return field.rules?.min ?? 2;
    case "NIK":
      return nik;
    case "NIB":
      return "9120001234567";
    case "PHONE":
      return "081234567890";
    case "EMAIL":
      return "budi.sinaga@contoh.id";
    case "SELECT":
      return field.options![0]!.value;
    case "YES_NO":
      return false;
    default:
      return `Contoh ${field.label}`.slice(0, field.rules?.maxLength ?? 100);
  }
}
const valuesFor = (fields: readonly FormField[], today: string, nik: string) => Object.fromEntries(fields.map((f) => [f.code, validValue(f, today, nik)]));

async function holderOf(role: string, agencyCode: string | null): Promise<string> {
  const agency = role === "TIM_TEKNIS" && agencyCode ? await t.db.technicalAgency.findFirstOrThrow({ where: { code: agencyCode } }) : null;
  const user = await t.db.user.findFirstOrThrow({ where: { active: true, roles: { some: { role: role as never } }, ...(agency ? { technicalAgencyId: agency.id } : {}) }, orderBy: { username: "asc" } });
  return user.id;
}

async function submitted(def: PermitTypeDefinition): Promise<string> {
  const ctx = await portalCtx();
  const caller = createCallerFactory(portalRouter)(ctx);
  const applicant = await t.db.user.findUniqueOrThrow({ where: { id: users.get(APPLICANT)! } });
  const { id } = await caller.applications.create({ permitTypeCode: def.code });
  const today = localIsoDate(new Date(), "Asia/Jakarta");
  await caller.applications.saveForm({ id, form: valuesFor(applicationFields(def), today, applicant.nik!) });
  for (const r of (await caller.applications.get({ id })).requirements) {
    const image = !r.mimeTypes.includes("application/pdf");
    const up = await uploadRequirementDocument({ ...ctx, user: ctx.user! }, { applicationId: id, requirementCode: r.code, fileName: `${r.code}.${image ? "png" : "pdf"}`, body: streamOf(image ? samplePng() : samplePdf(r.code)) });
    expect(up.ok, r.code).toBe(true);
  }
  await caller.applications.submit({ id, version: 0 });
  return id;
}

describe.each(SEED_PERMIT_TYPES.map((d) => [d.code, d] as const))("%s", (_code, def) => {
  const walks = walkDefinition(def).find((w) => w.kind === "NEW")!;
  it.each(walks.paths.map((p, i) => [i + 1, p.endLabel, p] as const))("path %i to %s: every step by its role, ending where the flow says, its letters made", async (_n, _label, path) => {
    const id = await submitted(def);
    const today = localIsoDate(new Date(), "Asia/Jakarta");
    for (const step of path.steps.slice(1)) {
      const file = await t.db.application.findUniqueOrThrow({ where: { id } });
      expect(file.currentStep, `before step ${step.no}`).toBe(step.no);
      if (step.role === "PEMOHON") {
        await createCallerFactory(portalRouter)(await portalCtx()).applications.confirmReceipt({ id, version: file.version });
        continue;
      }
      const actorId = await holderOf(step.role, def.technicalAgency);
      const caller = createCallerFactory(backofficeRouter)(await staffCtx(actorId));
      const view = await caller.files.get({ id });
      const action = step.action as Parameters<typeof caller.files.act>[0]["action"];
      const sopStep = def.flows.NEW.steps.find((s) => s.no === step.no)!;
      await caller.files.act({
        id,
        version: view.version,
        action,
        ...(view.step.offersChecklist && action === "COMPLETE" ? { checklist: Object.fromEntries(view.requirements.map((r) => [r.code, { ok: true }])) } : {}),
        ...(sopStep.markers?.assignsTeam ? { assignees: [await holderOf(sopStep.markers.assignsTeam, def.technicalAgency)] } : {}),
        ...(sopStep.actions.find((a) => a.action === action)?.requiresReasons ? { reasons: ["Alasan contoh dari petugas."] } : {}),
        output: valuesFor(view.step.fields, today, ""),
      });
    }
    const closed = await t.db.application.findUniqueOrThrow({ where: { id }, include: { issuedDocuments: { where: { supersededAt: null } }, pendingLetters: true, permit: true } });
    expect(closed.status).toBe(path.end);
    expect(closed.pendingLetters).toEqual([]);
    // Every letter a step on this path produces was made, from its own template.
    const produced = new Set(path.steps.map((s) => def.flows.NEW.steps.find((x) => x.no === s.no)!.markers?.produces).filter(Boolean));
    expect(new Set(closed.issuedDocuments.map((d) => d.kind))).toEqual(produced);
    if (path.end === "ISSUED") {
      expect(closed.permit).toMatchObject({ holderIdNumber: expect.stringMatching(/^\d{13,16}$/), permitTypeVersionId: closed.permitTypeVersionId });
      const permit = closed.issuedDocuments.find((d) => !d.isDraft && d.number === closed.permit!.number)!;
      const served = await readDocument(await portalCtx(), { kind: "letter", id: permit.id });
      const text = (await pageTexts(served!.bytes)).join("\n");
      expect(text).toContain(def.letters.find((l) => l.purpose === "PERMIT")!.title.slice(0, 24));
      expect(text).toContain(closed.permit!.validityText.slice(0, 30));
    }
  });
});

describe("a new version that drops a form field", () => {
  it("leaves a file begun under the old one readable and printable with the field it answered", async () => {
    const def = SEED_PERMIT_TYPES.find((d) => d.code === "SIP-PERAWAT")!;
    const id = await submitted(def);
    const typeId = (await t.db.application.findUniqueOrThrow({ where: { id } })).permitTypeId;
    const admin = createCallerFactory(backofficeRouter)(await staffCtx(users.get("admin")!));
    const dropped = def.form.find((f) => f.code === "practiceAddress")!;
    const draft = await admin.admin.permitTypes.draft({ permitTypeId: typeId });
    const definition = draft.definition;
    await admin.admin.permitTypes.saveDraft({
      permitTypeId: typeId,
      definition: {
        ...definition,
        form: definition.form.filter((f) => f.code !== dropped.code),
        letters: definition.letters.map((l) => ({ ...l, rows: l.rows.filter((r) => !r.value.includes(`formulir.${dropped.code}`)) })),
      },
    });
    await admin.admin.permitTypes.publishDraft({ permitTypeId: typeId });
    // The new version asks no more for it…
    const { id: fresh } = await createCallerFactory(portalRouter)(await portalCtx()).applications.create({ permitTypeCode: def.code });
    const freshView = await createCallerFactory(portalRouter)(await portalCtx()).applications.get({ id: fresh });
    expect(freshView.formFields.map((f) => f.code)).not.toContain(dropped.code);
    // …while the file under the old one still shows it, and its receipt prints as before.
    const fo = createCallerFactory(backofficeRouter)(await staffCtx(users.get("frontoffice")!));
    const view = await fo.files.get({ id });
    expect(view.formFields.map((f) => f.code)).toContain(dropped.code);
    expect(view.form[dropped.code]).toBe(`Contoh ${dropped.label}`);
    await fo.files.act({ id, version: view.version, action: "COMPLETE", checklist: Object.fromEntries(view.requirements.map((r) => [r.code, { ok: true }])) });
    await fo.files.act({ id, version: view.version + 1, action: "COMPLETE" });
    const receipt = await t.db.issuedDocument.findFirstOrThrow({ where: { applicationId: id, kind: "RESI_PENERIMAAN" } });
    const served = await readDocument(await portalCtx(), { kind: "letter", id: receipt.id });
    expect((await pageTexts(served!.bytes)).join("\n")).toContain(def.name.slice(0, 20));
  });
});

describe("the four types side by side: worklists, tracking, dashboard and CSV", () => {
  // Runs after the walks above: each type has an issued and a rejected file today.
  it("each type's files are in the inbox, tracked, counted per type and in the sum, and exported under its own name", async () => {
    const today = localIsoDate(new Date(), "Asia/Jakarta");
    const fresh = new Map<string, string>();
    for (const def of SEED_PERMIT_TYPES) fresh.set(def.code, await submitted(def));

    // The counter's inbox holds a new file of every type, each under its own name; the filter by type holds only that type.
    const fo = createCallerFactory(backofficeRouter)(await staffCtx(users.get("frontoffice")!));
    const inbox = await fo.worklist.inbox({ pageSize: 100 });
    for (const def of SEED_PERMIT_TYPES) {
      expect(inbox.items.find((i) => i.id === fresh.get(def.code)), def.code).toMatchObject({ permitTypeName: def.name });
      const only = await fo.worklist.inbox({ permitTypeCode: def.code, pageSize: 100 });
      expect(new Set(only.items.map((i) => i.permitTypeName))).toEqual(new Set([def.name]));
    }

    // Public tracking answers for every type, with its own steps.
    const applicant = await t.db.user.findUniqueOrThrow({ where: { id: users.get(APPLICANT)! } });
    const portal = createCallerFactory(portalRouter)(await portalCtx());
    for (const def of SEED_PERMIT_TYPES) {
      const file = await t.db.application.findUniqueOrThrow({ where: { id: fresh.get(def.code)! } });
      const tracked = await portal.tracking.lookup({ registrationNumber: file.registrationNumber!, nikLast4: applicant.nik!.slice(-4) });
      expect(tracked).toMatchObject({ permitTypeName: def.name, status: "IN_PROGRESS" });
      expect(tracked.registrationNumber.startsWith(def.registrationPrefix)).toBe(true);
      expect(tracked.steps.map((s) => s.activity)).toEqual(expect.arrayContaining([def.flows.NEW.steps[1]!.activity]));
    }

    // The dashboard counts each type's own files, and the office's figure is their sum.
    const kadis = createCallerFactory(backofficeRouter)(await staffCtx(users.get("kadis")!));
    const period = { from: today, to: today };
    const { permitTypes } = await kadis.dashboard.options();
    const perType = await Promise.all(
      SEED_PERMIT_TYPES.map(async (def) => {
        const id = permitTypes.find((p) => p.name === def.name)!.id;
        // Closed today in the office's day (WIB), as the period reads it; the demo history closed earlier.
        const expected = await t.db.application.groupBy({ by: ["status"], where: { permitTypeId: id, closedAt: { gte: new Date(`${today}T00:00:00+07:00`) } }, _count: true });
        const o = await kadis.dashboard.overview({ period, permitTypeId: id });
        const countOf = (status: string) => expected.find((e) => e.status === status)?._count ?? 0;
        expect({ code: def.code, issued: o.issued, rejected: o.rejected }).toEqual({ code: def.code, issued: countOf("ISSUED"), rejected: countOf("REJECTED") });
        expect(o.issued, def.code).toBeGreaterThanOrEqual(1);
        expect(o.rejected, def.code).toBeGreaterThanOrEqual(1);
        const steps = await kadis.dashboard.steps({ period, permitTypeId: id });
        expect(JSON.stringify(steps)).toContain(def.flows.NEW.steps[1]!.activity);
        return o;
      }),
    );
    const all = await kadis.dashboard.overview({ period });
    // The demo office's first-wave files are counted too; the four types' own add up within it.
    const sum = (key: "issued" | "rejected") => perType.reduce((n, o) => n + o[key], 0);
    expect(all.issued).toBe(sum("issued"));
    expect(all.rejected).toBe(sum("rejected"));

    // The step table's CSV names every type; the trend's week is the office's local Monday.
    const csv = await dashboardCsv(await staffCtx(users.get("kadis")!), { tabel: "langkah", dari: today, sampai: today });
    for (const def of SEED_PERMIT_TYPES) expect(csv.body as string, def.code).toContain(def.name);
    const trend = await dashboardCsv(await staffCtx(users.get("kadis")!), { tabel: "tren", dari: today, sampai: today });
    const monday = (() => {
      const d = new Date(`${today}T00:00:00Z`);
      d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
      return d.toISOString().slice(0, 10);
    })();
    expect(trend.body as string).toMatch(new RegExp(`^"?${monday}`, "m"));
  });
});
