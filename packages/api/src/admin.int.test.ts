import { beforeAll, describe, expect, it } from "vitest";
import { authenticate } from "@perizinan/auth";
import { formatAgendaNumber, recomputeOpenDeadlines } from "@perizinan/db/files";
import type { TestDatabase } from "@perizinan/db/test-harness";
import { backofficeRouter } from "./backoffice";
import { createContext } from "./context";
import { uploadRequirementDocument } from "./documents/upload";
import { portalRouter } from "./portal";
import { samplePdf, streamOf } from "./testing/samples";
import { useSeededOffice } from "./testing/seeded-office";
import { createCallerFactory } from "./trpc";
import { refusal } from "./testing/refusal";

const office = useSeededOffice("admin");
const { storage, users } = office;
const ip = "192.0.2.44";
let t: TestDatabase;
beforeAll(() => {
  t = office.t;
});

async function staffById(id: string) {
  return createCallerFactory(backofficeRouter)(await createContext({ db: t.db, storage, app: "backoffice", sessionUserId: id }));
}
const staff = (username: string) => staffById(users.get(username)!);
const admin = () => staff("admin");
async function applicant(email = "budi.sinaga@contoh.id") {
  const ctx = await createContext({ db: t.db, storage, app: "portal", sessionUserId: users.get(email)! });
  return { caller: createCallerFactory(portalRouter)(ctx), ctx };
}


const newStaff = (over: Partial<Parameters<Awaited<ReturnType<typeof admin>>["admin"]["staff"]["create"]>[0]> = {}) => ({
  name: "Tiur Nainggolan",
  username: "Tiur.Nainggolan",
  nip: "19900202 201503 2 009",
  jobTitle: "Petugas Front Office",
  password: "Sidikalang2026",
  roles: ["FRONT_OFFICE" as const],
  ...over,
});

describe("staff accounts", () => {
  it("an administrator creates an account that can then log in by username or NIP", async () => {
    const created = await (await admin()).admin.staff.create(newStaff());
    expect(created.username).toBe("tiur.nainggolan");
    const row = await t.db.user.findUniqueOrThrow({ where: { id: created.id }, include: { roles: true } });
    const adminRow = await t.db.user.findUniqueOrThrow({ where: { id: users.get("admin")! } });
    expect(row).toMatchObject({ kind: "STAFF", officeId: adminRow.officeId, nip: "199002022015032009", active: true });
    expect(row.passwordHash).toMatch(/^\$argon2id\$/);
    expect(row.roles.map((r) => r.role)).toEqual(["FRONT_OFFICE"]);
    for (const identifier of ["tiur.nainggolan", "199002022015032009"]) {
      const login = await authenticate(t.db, "backoffice", { identifier, password: "Sidikalang2026", ip });
      expect(login).toMatchObject({ ok: true, user: { id: created.id, roles: ["FRONT_OFFICE"], officeId: adminRow.officeId } });
    }
    const listed = await (await admin()).admin.staff.list();
    expect(listed.find((u) => u.id === created.id)).toMatchObject({ username: "tiur.nainggolan", jobTitle: "Petugas Front Office", active: true, roles: [{ role: "FRONT_OFFICE" }] });
    expect(listed.find((u) => u.isSelf)?.id).toBe(users.get("admin"));
    users.set("tiur.nainggolan", created.id);
  });

  it("refuses a taken username or NIP, a weak password, a short NIP and the applicant role, in Indonesian", async () => {
    const a = await admin();
    const taken = await refusal(a.admin.staff.create(newStaff({ username: "KADIS", nip: "197508312003121003" })));
    expect(taken.code).toBe("BAD_REQUEST");
    expect(taken.fieldErrors.username).toMatch(/Nama pengguna ini sudah dipakai/);
    expect(taken.fieldErrors.nip).toMatch(/NIP ini sudah terdaftar/);
    const nipOnly = await refusal(a.admin.staff.create(newStaff({ username: "orang.baru", nip: "199002022015032009" })));
    expect(Object.keys(nipOnly.fieldErrors)).toEqual(["nip"]);
    expect((await refusal(a.admin.staff.create(newStaff({ username: "x1", nip: "1990" })))).code).toBe("BAD_REQUEST");
    expect((await refusal(a.admin.staff.create(newStaff({ username: "baru.sekali", nip: "199901012020121001", password: "tanpaangka" })))).code).toBe("BAD_REQUEST");
    expect((await refusal(a.admin.staff.create(newStaff({ username: "baru.sekali", nip: "199901012020121001", roles: ["PEMOHON"] })))).code).toBe("BAD_REQUEST");
    expect((await refusal(a.admin.staff.create(newStaff({ username: "baru.sekali", nip: "199901012020121001", roles: [] })))).code).toBe("BAD_REQUEST");
    expect(await t.db.user.count({ where: { username: { in: ["orang.baru", "x1", "baru.sekali"] } } })).toBe(0);
  });

  it("a deactivated account is logged out at its next request and cannot log in; reactivated, it works again", async () => {
    const id = users.get("tiur.nainggolan")!;
    const a = await admin();
    await a.admin.staff.setActive({ userId: id, active: false });
    const ctx = await createContext({ db: t.db, storage, app: "backoffice", sessionUserId: id });
    expect(ctx.user).toBeNull();
    expect(await authenticate(t.db, "backoffice", { identifier: "tiur.nainggolan", password: "Sidikalang2026", ip })).toMatchObject({ ok: false, reason: "INACTIVE" });
    await a.admin.staff.setActive({ userId: id, active: true });
    expect((await createContext({ db: t.db, storage, app: "backoffice", sessionUserId: id })).user).toMatchObject({ id, roles: ["FRONT_OFFICE"] });
  });

  it("roles given work at once; a role taken away is FORBIDDEN at the next call", async () => {
    const id = users.get("tiur.nainggolan")!;
    const a = await admin();
    const before = await staffById(id);
    expect(await refusal(before.admin.staff.list())).toMatchObject({ code: "FORBIDDEN" });
    expect(await a.admin.staff.setRoles({ userId: id, roles: ["ADMIN", "FRONT_OFFICE"] })).toMatchObject({ given: ["ADMIN"], taken: [] });
    const granted = await staffById(id);
    expect((await granted.admin.staff.list()).length).toBeGreaterThan(9);
    await a.admin.staff.setRoles({ userId: id, roles: ["FRONT_OFFICE"] });
    // The same session, next request: the context reloads the roles from the database.
    expect(await refusal((await staffById(id)).admin.staff.list())).toMatchObject({ code: "FORBIDDEN" });
    expect(await (await staffById(id)).worklist.inbox({ page: 1 })).toBeDefined();
  });

  it("an administrator cannot deactivate themself or remove their own ADMIN role", async () => {
    const me = users.get("admin")!;
    const a = await admin();
    const off = await refusal(a.admin.staff.setActive({ userId: me, active: false }));
    expect(off).toMatchObject({ code: "BAD_REQUEST" });
    expect(off.message).toMatch(/tidak dapat menonaktifkan akun Anda sendiri/);
    const demote = await refusal(a.admin.staff.setRoles({ userId: me, roles: ["AUDITOR"] }));
    expect(demote).toMatchObject({ code: "BAD_REQUEST" });
    expect(demote.message).toMatch(/tidak dapat mencabut peran Administrator Sistem dari akun Anda sendiri/);
    const row = await t.db.user.findUniqueOrThrow({ where: { id: me }, include: { roles: true } });
    expect([row.active, row.roles.map((r) => r.role)]).toEqual([true, ["ADMIN"]]);
    // Adding a role to oneself while keeping ADMIN is fine.
    await a.admin.staff.setRoles({ userId: me, roles: ["ADMIN", "AUDITOR"] });
    await a.admin.staff.setRoles({ userId: me, roles: ["ADMIN"] });
  });

  it("resets a password: the new one logs in, the old one no longer does", async () => {
    const id = users.get("tiur.nainggolan")!;
    await (await admin()).admin.staff.resetPassword({ userId: id, password: "BaruLagi2027" });
    expect(await authenticate(t.db, "backoffice", { identifier: "tiur.nainggolan", password: "BaruLagi2027", ip })).toMatchObject({ ok: true });
    expect(await authenticate(t.db, "backoffice", { identifier: "tiur.nainggolan", password: "Sidikalang2026", ip })).toMatchObject({ ok: false, reason: "INVALID" });
    expect((await refusal((await admin()).admin.staff.resetPassword({ userId: id, password: "pendek1" }))).code).toBe("BAD_REQUEST");
  });

  it("another office's staff are invisible and untouchable", async () => {
    const other = await t.db.office.create({
      data: { code: "DPMPTSP-LAIN", name: "Kantor Lain", shortName: "Lain", regency: "Kabupaten Lain", governmentName: "PEMERINTAH KABUPATEN LAIN", address: "Jl. Lain", city: "Lain", workingWeek: {} },
    });
    const stranger = await t.db.user.create({
      data: { kind: "STAFF", officeId: other.id, name: "Orang Kantor Lain", username: "orang.lain", nip: "198001012005011001", passwordHash: "x", roles: { create: [{ role: "FRONT_OFFICE" }] } },
    });
    const a = await admin();
    expect((await a.admin.staff.list()).some((u) => u.id === stranger.id)).toBe(false);
    expect(await refusal(a.admin.staff.setActive({ userId: stranger.id, active: false }))).toMatchObject({ code: "NOT_FOUND" });
    expect(await refusal(a.admin.staff.setRoles({ userId: stranger.id, roles: ["ADMIN"] }))).toMatchObject({ code: "NOT_FOUND" });
    expect(await refusal(a.admin.staff.resetPassword({ userId: stranger.id, password: "Rahasia123" }))).toMatchObject({ code: "NOT_FOUND" });
    const after = await t.db.user.findUniqueOrThrow({ where: { id: stranger.id }, include: { roles: true } });
    expect([after.active, after.passwordHash, after.roles.map((r) => r.role)]).toEqual([true, "x", ["FRONT_OFFICE"]]);
  });
});

describe("holiday calendar", () => {
  it("moves the due time of files in progress when a holiday is added late, and back when it is removed", async () => {
    const a = await admin();
    const file = await t.db.application.findUniqueOrThrow({ where: { id: "demo-berkas-tanda-tangan" } });
    const due = file.stepDueAt!;
    const dueDate = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Jakarta" }).format(due);
    const added = await a.admin.holidays.add({ date: dueDate, name: "Cuti bersama (diumumkan mendadak)" });
    const moved = await t.db.application.findUniqueOrThrow({ where: { id: file.id } });
    expect(moved.stepDueAt!.getTime()).toBeGreaterThan(due.getTime());
    expect(new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Jakarta" }).format(moved.stepDueAt!)).not.toBe(dueDate);
    await a.admin.holidays.remove({ id: added.id });
    expect((await t.db.application.findUniqueOrThrow({ where: { id: file.id } })).stepDueAt).toEqual(due);
  });

  it("lists a year with the working week, adds and removes a holiday", async () => {
    const a = await admin();
    const before = await a.admin.holidays.list({ year: 2026 });
    expect(before.holidays.map((h) => h.date)).toContain("2026-08-17");
    expect(before.holidays.every((h) => h.date.startsWith("2026-"))).toBe(true);
    expect(before.week[0]).toEqual({ day: 1, label: "Senin", intervals: ["08.00–16.00"] });
    expect(before.week[6]).toEqual({ day: 0, label: "Minggu", intervals: [] });

    const added = await a.admin.holidays.add({ date: "2026-11-02", name: "Cuti Bersama Contoh" });
    expect((await a.admin.holidays.list({ year: 2026 })).holidays).toContainEqual(added);
    const again = await refusal(a.admin.holidays.add({ date: "2026-11-02", name: "Lagi" }));
    expect(again.code).toBe("BAD_REQUEST");
    expect(again.fieldErrors.date).toMatch(/sudah tercatat sebagai hari libur \(Cuti Bersama Contoh\)/);
    expect((await refusal(a.admin.holidays.add({ date: "2026-02-30", name: "Tidak ada" }))).code).toBe("BAD_REQUEST");
    expect((await refusal(a.admin.holidays.add({ date: "2026-12-01", name: "  " }))).code).toBe("BAD_REQUEST");

    await a.admin.holidays.remove({ id: added.id });
    expect((await a.admin.holidays.list({ year: 2026 })).holidays.some((h) => h.id === added.id)).toBe(false);
    expect(await refusal(a.admin.holidays.remove({ id: added.id }))).toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("permit types and requirements", () => {
  // On SIP Perawat: each change is the type's next version, and the SOP tests below need SIK Perekam Medis at version 1.
  it("edits a requirement without touching documents already uploaded, and adds one, each as the type's next version", async () => {
    const { caller, ctx } = await applicant();
    const { id: draftId } = await caller.applications.create({ permitTypeCode: "SIP-PERAWAT" });
    const up = await uploadRequirementDocument({ ...ctx, user: ctx.user! }, { applicationId: draftId, requirementCode: "KTP", fileName: "ktp.pdf", body: streamOf(samplePdf("KTP")) });
    expect(up.ok).toBe(true);
    const docBefore = await t.db.document.findFirstOrThrow({ where: { applicationId: draftId } });

    const a = await admin();
    const type = (await a.admin.permitTypes.list()).find((p) => p.code === "SIP-PERAWAT");
    expect(type!.requirements).toHaveLength(7);
    const ktp = type!.requirements.find((r) => r.code === "KTP")!;
    expect(ktp).toMatchObject({ maxMb: 5, mimeTypes: ["application/pdf", "image/jpeg", "image/png"], required: true, active: true, uploadedDocuments: 1 });

    await a.admin.permitTypes.updateRequirement({
      id: ktp.id,
      name: "KTP elektronik",
      description: "KTP-el pemohon yang masih berlaku.",
      maxMb: 2,
      mimeTypes: ["image/png", "image/jpeg"],
      required: false,
      active: true,
    });
    const row = await t.db.requirement.findUniqueOrThrow({ where: { id: ktp.id } });
    expect(row).toMatchObject({ name: "KTP elektronik", maxBytes: 2 * 1024 * 1024, mimeTypes: ["image/jpeg", "image/png"], required: false });
    expect(await t.db.document.findFirstOrThrow({ where: { applicationId: draftId } })).toEqual(docBefore);
    // Published as version 2; the draft begun under version 1 keeps version 1's requirements.
    const versions = await t.db.permitTypeVersion.findMany({ where: { permitTypeId: type!.id }, orderBy: { version: "asc" } });
    expect(versions.map((v) => [v.version, v.status])).toEqual([[1, "PUBLISHED"], [2, "PUBLISHED"]]);
    const draftFile = await caller.applications.get({ id: draftId });
    expect(draftFile.requirements.find((r) => r.code === "KTP")).toMatchObject({ name: "KTP-el", mimeTypes: ["application/pdf", "image/jpeg", "image/png"] });

    const base = { id: ktp.id, name: "KTP", description: "", required: true, active: true };
    for (const bad of [
      { ...base, maxMb: 21, mimeTypes: ["application/pdf" as const] },
      { ...base, maxMb: 0, mimeTypes: ["application/pdf" as const] },
      { ...base, maxMb: 5, mimeTypes: [] },
      { ...base, maxMb: 5, mimeTypes: ["image/gif" as never] },
      { ...base, name: " ", maxMb: 5, mimeTypes: ["application/pdf" as const] },
    ]) {
      expect((await refusal(a.admin.permitTypes.updateRequirement(bad))).code).toBe("BAD_REQUEST");
    }

    const added = await a.admin.permitTypes.addRequirement({
      permitTypeId: type!.id,
      name: "Surat pernyataan kesediaan mematuhi etika profesi",
      description: "Bermeterai.",
      maxMb: 5,
      mimeTypes: ["application/pdf"],
      required: true,
    });
    expect(added.code).toBe("SURAT_PERNYATAAN_KESEDIAAN_MEMATUHI_ETIK");
    const twin = await a.admin.permitTypes.addRequirement({ permitTypeId: type!.id, name: "Surat pernyataan kesediaan mematuhi etika profesi", description: "", maxMb: 5, mimeTypes: ["application/pdf"], required: false });
    expect(twin.code).toBe("SURAT_PERNYATAAN_KESEDIAAN_MEMATUHI_ET_2");
    const after = (await a.admin.permitTypes.list()).find((p) => p.code === "SIP-PERAWAT")!.requirements;
    expect(after.map((r) => r.position)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    // Back to the seeded state for the tests below; the added ones are switched off.
    await a.admin.permitTypes.updateRequirement({ ...base, name: "KTP-el", description: "Kartu Tanda Penduduk elektronik pemohon.", maxMb: 5, mimeTypes: ["application/pdf", "image/jpeg", "image/png"] });
    for (const r of [added, twin]) {
      await a.admin.permitTypes.updateRequirement({ id: r.id, name: r.name, description: "", maxMb: 5, mimeTypes: ["application/pdf"], required: false, active: false });
    }
  });
});

describe("agenda books", () => {
  it("shows each book's format, numbers given this year and an example; refuses a format without {seq}", async () => {
    const a = await admin();
    const { year, books } = await a.admin.agendaBooks.list();
    expect(books.map((b) => b.format).sort()).toEqual(["503/{seq}/DPMPTSP/{year}", "503/{seq}/REK/DPMPTSP/{year}", "503/{seq}/SIK-PM/DPMPTSP/{year}", "503/{seq}/SIPB/DPMPTSP/{year}", "503/{seq}/SIPP/DPMPTSP/{year}"]);
    // A type's own book (SIP Bidan's: its format changes are its next version, and the SOP tests need SIK Perekam Medis at version 1).
    const permit = books.find((b) => b.code === "PERMIT" && b.permitTypeName === "Surat Izin Praktik Bidan")!;
    expect(permit.example).toBe(`503/${permit.givenThisYear + 1}/SIPB/DPMPTSP/${year}`);

    const noSeq = await refusal(a.admin.agendaBooks.updateFormat({ id: permit.id, format: "503/SIPB/DPMPTSP/{year}" }));
    expect(noSeq.code).toBe("BAD_REQUEST");
    expect(noSeq.fieldErrors.format).toMatch(/harus memuat \{seq\}/);
    const unknown = await refusal(a.admin.agendaBooks.updateFormat({ id: permit.id, format: "503/{seq}/{tahun}" }));
    expect(unknown.message).toMatch(/Penanda \{tahun\} tidak dikenal/);
    expect((await refusal(a.admin.agendaBooks.updateFormat({ id: permit.id, format: "  " }))).code).toBe("BAD_REQUEST");
    expect((await t.db.agendaBook.findUniqueOrThrow({ where: { id: permit.id } })).format).toBe("503/{seq}/SIPB/DPMPTSP/{year}");

    const preview = await a.admin.agendaBooks.preview({ format: "503/{seq}/SIPB/{month}/{year}" });
    expect(preview).toMatchObject({ ok: true, problems: [] });
    // Sequences restart each year, so a format without the year would repeat numbers: refused.
    expect(await a.admin.agendaBooks.preview({ format: "503/{seq}" })).toMatchObject({ ok: false, problems: [expect.stringMatching(/\{year\}/)] });
    expect(await a.admin.agendaBooks.preview({ format: "503" })).toMatchObject({ ok: false, example: null });

    const saved = await a.admin.agendaBooks.updateFormat({ id: permit.id, format: "503/{seq}/SIPB/DPMPTSP/{month}/{year}" });
    const now = new Date();
    const month = Number(new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Jakarta", month: "2-digit" }).format(now));
    expect(saved.example).toBe(formatAgendaNumber("503/{seq}/SIPB/DPMPTSP/{month}/{year}", permit.givenThisYear + 1, { year, month }));
    expect(saved.example).toMatch(/^503\/\d+\/SIPB\/DPMPTSP\/[IVX]+\/\d{4}$/);
    await a.admin.agendaBooks.updateFormat({ id: permit.id, format: "503/{seq}/SIPB/DPMPTSP/{year}" });
  });
});

describe("SOP versions", () => {
  const stepsOf = async (id: string) => (await (await admin()).admin.sop.get({ id })).steps;
  const edit = (steps: Awaited<ReturnType<typeof stepsOf>>) =>
    steps.map((s) => ({ no: s.no, role: s.role, standardMinutes: s.standardMinutes, activity: s.activity, output: s.output }));

  it("shows a version as the document's table, with the role-reading note on steps 13–23 and the totals per path", async () => {
    const type = (await (await staff("frontoffice")).admin.sop.versions()).find((x) => x.code === "SIK-PEREKAM-MEDIS");
    expect(type!.versions).toMatchObject([{ version: 1, isLatest: true }]);
    const v1 = await (await admin()).admin.sop.get({ id: type!.versions[0]!.id });
    expect(v1.steps).toHaveLength(23);
    expect(v1.steps.find((s) => s.no === 7)).toMatchObject({ activity: "Peninjauan lapangan", roleLabel: "Tim Teknis", duration: "1 hari", output: "Berita Acara", roleReadingNote: null });
    expect(v1.steps.filter((s) => s.roleReadingNote).map((s) => s.no)).toEqual([13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23]);
    expect(v1.totals).toMatchObject({ issuedPathMinutes: 2865, rejectedPathMinutes: 2565 });
    expect(v1.totals.paths.map((p) => [p.endLabel, p.duration])).toEqual(
      expect.arrayContaining([["Izin Terbit", "5 hari 7 jam 45 menit"], ["Ditolak", "5 hari 2 jam 45 menit"]]),
    );
    expect(await refusal((await staff("frontoffice")).admin.sop.publish({ permitTypeId: type!.id, basedOnVersion: 1, steps: [] }))).toMatchObject({ code: "FORBIDDEN" });
  });

  it("refuses an invalid version listing every problem, and creates nothing", async () => {
    const type = (await (await admin()).admin.sop.versions()).find((x) => x.code === "SIK-PEREKAM-MEDIS");
    const steps = edit(await stepsOf(type!.versions[0]!.id));
    const changed = steps.map((s) =>
      s.no === 7 ? { ...s, role: "ADMIN" } : s.no === 9 ? { ...s, standardMinutes: 0 } : s.no === 3 ? { ...s, activity: " " } : s.no === 5 ? { ...s, role: "BUPATI" } : s,
    );
    const before = await t.db.sopVersion.count();
    const refused = await refusal((await admin()).admin.sop.publish({ permitTypeId: type!.id, basedOnVersion: 1, steps: [...changed, { ...steps[0]!, no: 99 }] }));
    expect(refused.code).toBe("BAD_REQUEST");
    const problems = refused.problems.join("\n");
    expect(problems).toMatch(/Langkah 7: peran ADMIN tidak melaksanakan langkah/);
    expect(problems).toMatch(/Langkah 9 › standardMinutes: waktu standar harus lebih dari 0 menit/);
    expect(problems).toMatch(/Langkah 3 › activity: tidak boleh kosong/);
    expect(problems).toMatch(/Langkah 5 › role: peran "BUPATI" tidak dikenal/);
    expect(problems).toMatch(/Langkah 99 tidak ada/);
    expect(refused.problems.length).toBeGreaterThanOrEqual(5);
    for (const p of refused.problems) expect(refused.message).toContain(p);
    expect(await t.db.sopVersion.count()).toBe(before);

    const same = await refusal((await admin()).admin.sop.publish({ permitTypeId: type!.id, basedOnVersion: 1, steps }));
    expect(same.message).toMatch(/tidak ada perubahan/i);
    expect(await t.db.sopVersion.count()).toBe(before);
  });

  it("publishes v2 from v1 with changes: new drafts use it, a file in progress keeps v1", async () => {
    const a = await admin();
    const type = (await a.admin.sop.versions()).find((x) => x.code === "SIK-PEREKAM-MEDIS");
    const v1Id = type!.versions[0]!.id;
    const inProgress = await t.db.application.findUniqueOrThrow({ where: { id: "demo-berkas-baru" } });
    expect(inProgress).toMatchObject({ status: "IN_PROGRESS", sopVersionId: v1Id });

    const steps = edit(await stepsOf(v1Id)).map((s) =>
      s.no === 7 ? { ...s, standardMinutes: 600, output: "Berita Acara Peninjauan" } : s.no === 13 ? { ...s, confirmRoleReading: true } : s,
    );
    const published = await a.admin.sop.publish({ permitTypeId: type!.id, basedOnVersion: 1, steps });
    expect(published.version).toBe(2);
    const row = await t.db.sopVersion.findUniqueOrThrow({ where: { id: published.id } });
    expect(row).toMatchObject({ version: 2, code: "SIK-PEREKAM-MEDIS", publishedById: users.get("admin"), officeId: inProgress.officeId });
    const v2 = await a.admin.sop.get({ id: published.id });
    expect(v2).toMatchObject({ version: 2, isLatest: true, publishedByName: "Andi Lumbantobing" });
    expect(v2.steps.find((s) => s.no === 7)).toMatchObject({ standardMinutes: 600, duration: "1 hari 2 jam", output: "Berita Acara Peninjauan" });
    expect(v2.steps.find((s) => s.no === 13)!.roleReadingNote).toBeNull();
    expect(v2.steps.find((s) => s.no === 14)!.roleReadingNote).toBeTruthy();
    expect(v2.totals.issuedPathMinutes).toBe(2865 + 120);
    expect((await a.admin.sop.get({ id: v1Id })).isLatest).toBe(false);

    // A stale form (filled from v1) cannot publish over v2.
    expect(await refusal(a.admin.sop.publish({ permitTypeId: type!.id, basedOnVersion: 1, steps }))).toMatchObject({ code: "CONFLICT" });

    // A new draft starts under v2; the file already in progress keeps v1 and still moves on it.
    const { caller } = await applicant();
    const { id: draftId } = await caller.applications.create({ permitTypeCode: "SIK-PEREKAM-MEDIS" });
    expect((await t.db.application.findUniqueOrThrow({ where: { id: draftId } })).sopVersionId).toBe(published.id);
    const fo = await staff("frontoffice");
    const file = await fo.files.get({ id: "demo-berkas-baru" });
    expect(file.sop.version).toBe(1);
    const allMet = Object.fromEntries(file.requirements.map((r) => [r.code, { ok: true }]));
    await fo.files.act({ id: file.id, version: file.version, action: "COMPLETE", checklist: allMet });
    expect(await t.db.application.findUniqueOrThrow({ where: { id: "demo-berkas-baru" } })).toMatchObject({ sopVersionId: v1Id, currentStep: 3 });

    const listed = await a.admin.sop.versions();
    expect(listed.find((x) => x.code === "SIK-PEREKAM-MEDIS")!.versions.map((v) => [v.version, v.isLatest])).toEqual([[2, true], [1, false]]);
  });
});

describe("special hours (Ramadan and the like)", () => {
  const iso = (d: Date) => d.toISOString().slice(0, 10);
  const today = new Date();
  const from = iso(today);
  const to = iso(new Date(today.getTime() + 60 * 86_400_000));
  // Ten minutes a day: any open step takes longer than it would in the usual hours.
  const short = ["libur", "08.00–08.10", "08.00–08.10", "08.00–08.10", "08.00–08.10", "08.00–08.10", "libur"];
  const due = async () => (await t.db.application.findUniqueOrThrow({ where: { id: "demo-berkas-baru" } })).stepDueAt!;

  it("a run of shorter hours moves open files' due dates, and removing it moves them back", async () => {
    const before = await due();
    const added = await (await admin()).admin.specialHours.add({ name: "Jam kerja singkat (uji)", from, to, days: short });
    expect(added.week[1]).toEqual([{ start: "08:00", end: "08:10" }]);
    const listed = await (await admin()).admin.holidays.list({ year: today.getUTCFullYear() });
    expect(listed.specialHours).toEqual([expect.objectContaining({ name: "Jam kerja singkat (uji)", from, to })]);
    expect(listed.specialHours[0]!.days[0]).toEqual({ day: 1, label: "Senin", hours: "08.00–08.10" });
    expect((await due()).getTime()).toBeGreaterThan(before.getTime());
    await (await admin()).admin.specialHours.remove({ from });
    expect((await due()).getTime()).toBe(before.getTime());
  });

  it("refuses an overlap or unreadable hours with every problem named, changing nothing", async () => {
    await (await admin()).admin.specialHours.add({ name: "Ramadan (uji)", from, to, days: short });
    const office = await t.db.office.findFirstOrThrow();
    const overlap = await refusal((await admin()).admin.specialHours.add({ name: "Tumpang (uji)", from: to, to, days: short }));
    expect(overlap.fieldErrors.from).toMatch(/bertumpang tindih dengan jam kerja khusus/);
    const unreadable = await refusal((await admin()).admin.specialHours.add({ name: "Salah (uji)", from: "2030-01-01", to: "2030-01-02", days: ["libur", "pagi", ...short.slice(2)] }));
    expect(unreadable.fieldErrors).toEqual({ "days.1": "“pagi” tidak terbaca; tulis seperti 08.00–12.00, 13.00–16.00, atau “libur”." });
    const backwards = await refusal((await admin()).admin.specialHours.add({ name: "Mundur (uji)", from: "2030-02-10", to: "2030-02-01", days: short }));
    expect(backwards.fieldErrors.from).toMatch(/harus tidak sesudah tanggal selesai/);
    expect(await t.db.office.findFirstOrThrow()).toEqual(office);
    expect((await refusal((await admin()).admin.specialHours.remove({ from: "2030-01-01" }))).code).toBe("NOT_FOUND");
    await (await admin()).admin.specialHours.remove({ from });
  });
});

describe("a dated change of the usual week (berlaku mulai)", () => {
  // Dates counted from the office's today (WIB), not the UTC one: they differ after 17.00 UTC.
  const officeDay = (days: number) => {
    const wib = new Date(Date.now() + 7 * 3_600_000 + days * 86_400_000);
    return wib.toISOString().slice(0, 10);
  };
  const soon = officeDay(1);
  const later = officeDay(30);
  const short = ["libur", "08.00–08.10", "08.00–08.10", "08.00–08.10", "08.00–08.10", "08.00–08.10", "libur"];
  const longer = ["libur", "07.30–16.30", "07.30–16.30", "07.30–16.30", "07.30–16.30", "07.30–11.30, 13.30–16.30", "08.00–12.00"];
  const demoOffice = () => t.db.office.findFirstOrThrow({ where: { applications: { some: { id: "demo-berkas-baru" } } } });
  const officeToday = async () => (await (await admin()).admin.holidays.list({ year: new Date().getUTCFullYear() })).today;

  it("a change from a coming date is listed, moves open due dates, and can be cancelled before it starts", async () => {
    const a = await admin();
    // A Tim Teknis step started now: its due date lies days ahead, past the change.
    const id = "demo-berkas-tim-teknis";
    const original = await t.db.application.findUniqueOrThrow({ where: { id }, select: { state: true, officeId: true } });
    await t.db.application.update({ where: { id }, data: { state: { ...(original.state as object), stepStartedAt: new Date().toISOString() } } });
    const officeId = original.officeId;
    await t.db.$transaction((tx) => recomputeOpenDeadlines(tx, officeId));
    const dueOf = async () => (await t.db.application.findUniqueOrThrow({ where: { id } })).stepDueAt!;
    try {
      const office = await t.db.office.findUniqueOrThrow({ where: { id: officeId } });
      const before = await dueOf();
      const scheduled = await a.admin.workingWeek.schedule({ from: soon, note: "Peraturan Bupati (uji)", days: short });
      expect(scheduled).toMatchObject({ from: soon, note: "Peraturan Bupati (uji)" });
      const listed = await a.admin.holidays.list({ year: new Date().getUTCFullYear() });
      // Today still runs on the old hours; the change is upcoming.
      expect(listed.week.find((d) => d.day === 1)!.intervals).toEqual(["08.00–16.00"]);
      expect(listed.inForceSince).toBeNull();
      expect(listed.weekChanges).toEqual([expect.objectContaining({ from: soon, upcoming: true, note: "Peraturan Bupati (uji)" })]);
      expect(listed.weekChanges[0]!.days[0]).toEqual({ day: 1, label: "Senin", hours: "08.00–08.10" });
      // Ten minutes a day from tomorrow: the due date moves weeks later.
      expect((await dueOf()).getTime() - before.getTime()).toBeGreaterThan(7 * 86_400_000);

      await a.admin.workingWeek.cancel({ from: soon });
      expect((await dueOf()).getTime()).toBe(before.getTime());
      expect(await t.db.office.findUniqueOrThrow({ where: { id: officeId } })).toEqual(office);
    } finally {
      await t.db.application.update({ where: { id }, data: { state: original.state as object } });
      await t.db.$transaction((tx) => recomputeOpenDeadlines(tx, officeId));
    }
  });

  it("refuses a change that would start today or earlier, a second change on one date, and unreadable hours, changing nothing", async () => {
    const a = await admin();
    const today = await officeToday();
    const office = await demoOffice();
    expect((await refusal(a.admin.workingWeek.schedule({ from: today, days: longer }))).fieldErrors.from).toMatch(/paling cepat berlaku besok/);
    expect((await refusal(a.admin.workingWeek.schedule({ from: "2020-01-06", days: longer }))).fieldErrors.from).toMatch(/paling cepat berlaku besok/);
    expect((await refusal(a.admin.workingWeek.schedule({ from: "2030-02-30", days: longer }))).fieldErrors.from).toMatch(/Isi tanggal berlaku/);
    expect((await refusal(a.admin.workingWeek.schedule({ from: later, days: ["libur", "pagi", ...longer.slice(2)] }))).fieldErrors).toEqual({
      "days.1": "“pagi” tidak terbaca; tulis seperti 08.00–12.00, 13.00–16.00, atau “libur”.",
    });
    const none = Array(7).fill("libur");
    expect((await refusal(a.admin.workingWeek.schedule({ from: later, days: none }))).fieldErrors.from).toMatch(/tidak ada jam kerja dalam seminggu/);
    expect(await demoOffice()).toEqual(office);

    await a.admin.workingWeek.schedule({ from: later, days: longer });
    expect((await refusal(a.admin.workingWeek.schedule({ from: later, days: short }))).fieldErrors.from).toMatch(/Batalkan perubahan yang ada dulu/);
    expect((await refusal(a.admin.workingWeek.cancel({ from: soon }))).code).toBe("NOT_FOUND");
    await a.admin.workingWeek.cancel({ from: later });
  });

  it("a change already in force is history: it cannot be cancelled, and today's week is read from it", async () => {
    const today = await officeToday();
    const past = "2026-01-05";
    // As if scheduled back then: written directly, since the procedure only schedules ahead.
    const week = { 0: [], 1: [{ start: "07:30", end: "15:00" }], 2: [], 3: [], 4: [], 5: [], 6: [] };
    const { id: officeId } = await demoOffice();
    await t.db.office.update({ where: { id: officeId }, data: { weekChanges: [{ from: past, week }] } });
    try {
      const a = await admin();
      expect(past <= today).toBe(true);
      const listed = await a.admin.holidays.list({ year: new Date().getUTCFullYear() });
      expect(listed).toMatchObject({ inForceSince: past, weekChanges: [expect.objectContaining({ from: past, upcoming: false })] });
      expect(listed.week.find((d) => d.day === 1)!.intervals).toEqual(["07.30–15.00"]);
      expect(listed.usualDays[1]).toBe("07.30–15.00");
      expect((await refusal(a.admin.workingWeek.cancel({ from: past }))).message).toMatch(/sudah berlaku tidak dapat dibatalkan/);
    } finally {
      await t.db.office.update({ where: { id: officeId }, data: { weekChanges: [] } });
    }
  });

  it("only an administrator of the calendar may schedule", async () => {
    expect(await refusal((await staff("frontoffice")).admin.workingWeek.schedule({ from: later, days: longer }))).toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("technical agencies and their Tim Teknis members", () => {
  const agency = { name: "Dinas Lingkungan Hidup (uji)", governmentName: "PEMERINTAH KABUPATEN UJI", address: "Jl. Uji 1", city: "Kota Uji", phone: "", email: "" };

  it("lists the seeded agencies with their members and the types they assess; a new one is created once per code", async () => {
    const a = await admin();
    const listed = await a.admin.agencies.list();
    const health = listed.agencies.find((x) => x.code === "DINKES")!;
    expect(health.members.map((m) => m.name)).toEqual(expect.arrayContaining(["dr. Lamhot Sihombing", "dr. Rosmawati Siregar"]));
    expect(health.permitTypes.length).toBeGreaterThanOrEqual(3);
    expect(listed.agencies.find((x) => x.code === "DINAS_PUPR")!.permitTypes).toHaveLength(1);
    expect(listed.team.map((m) => m.name)).toContain("Ir. Togar Simbolon");

    const created = await a.admin.agencies.create({ ...agency, code: "dlh-uji" });
    expect(created.code).toBe("DLH-UJI");
    expect((await refusal(a.admin.agencies.create({ ...agency, code: "DLH-UJI" }))).fieldErrors.code).toMatch(/sudah dipakai/);
    const bad = await refusal(a.admin.agencies.create({ ...agency, code: "1", email: "bukan-email", name: " " }));
    expect(Object.keys(bad.fieldErrors).sort()).toEqual(["code", "email", "name"]);
    await a.admin.agencies.update({ id: created.id, ...agency, name: "Dinas Lingkungan Hidup Kabupaten Uji" });
    expect((await a.admin.agencies.list()).agencies.find((x) => x.id === created.id)).toMatchObject({ name: "Dinas Lingkungan Hidup Kabupaten Uji", code: "DLH-UJI", phone: null, members: [] });
  });

  it("moving a member to another agency takes them out of the first one's team choice at step 5", async () => {
    const a = await admin();
    const other = (await a.admin.agencies.list()).agencies.find((x) => x.code === "DLH-UJI")!;
    const colleague = users.get("timteknis2")!;
    // Bring the demo's new file to step 5, where the team is chosen.
    const fo = await staff("frontoffice");
    let view = await fo.files.get({ id: "demo-berkas-baru" });
    if (view.step.no === 2) {
      await fo.files.act({ id: view.id, version: view.version, action: "COMPLETE", checklist: Object.fromEntries(view.requirements.map((r) => [r.code, { ok: true }])) });
      view = await fo.files.get({ id: view.id });
    }
    if (view.step.no === 3) {
      await fo.files.act({ id: view.id, version: view.version, action: "COMPLETE" });
    }
    const bo = await staff("backoffice");
    view = await bo.files.get({ id: "demo-berkas-baru" });
    if (view.step.no === 4) {
      await bo.files.act({ id: view.id, version: view.version, action: "COMPLETE", output: Object.fromEntries(view.step.fields.map((f) => [f.code, "Mohon diverifikasi."])) });
      view = await bo.files.get({ id: view.id });
    }
    expect(view.step.no).toBe(5);
    expect(view.team.map((m) => m.id)).toContain(colleague);

    await a.admin.agencies.setMember({ userId: colleague, agencyId: other.id });
    expect((await bo.files.get({ id: view.id })).team.map((m) => m.id)).not.toContain(colleague);
    const listed = await a.admin.agencies.list();
    expect(listed.agencies.find((x) => x.id === other.id)!.members.map((m) => m.id)).toEqual([colleague]);
    expect((await a.admin.staff.list()).find((u) => u.id === colleague)!.agencyName).toBe("Dinas Lingkungan Hidup Kabupaten Uji");

    // Only a Tim Teknis holder can be a member; a missing agency reads as missing.
    expect((await refusal(a.admin.agencies.setMember({ userId: users.get("frontoffice")!, agencyId: other.id }))).message).toMatch(/tidak memegang peran Tim Teknis/);
    expect((await refusal(a.admin.agencies.setMember({ userId: colleague, agencyId: "tidak-ada" }))).code).toBe("NOT_FOUND");

    const health = listed.agencies.find((x) => x.code === "DINKES")!;
    await a.admin.agencies.setMember({ userId: colleague, agencyId: health.id });
    expect((await bo.files.get({ id: view.id })).team.map((m) => m.id)).toContain(colleague);
  });

  it("only an administrator of the office manages agencies", async () => {
    expect(await refusal((await staff("kadis")).admin.agencies.list())).toMatchObject({ code: "FORBIDDEN" });
  });
});
