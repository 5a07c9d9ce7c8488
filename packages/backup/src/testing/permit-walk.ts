import { backofficeRouter, createCallerFactory, createContext, portalRouter, uploadRequirementDocument } from "@perizinan/api";
import { ascii, concat, minimalPdf, minimalPng } from "@perizinan/storage/testing";
import type { SourceOffice } from "./source-office";

/**
 * A file walked through the SOP with the tRPC callers, as staff and the applicant would (the same
 * path as packages/api's sop-paths suite), so its letters are rendered and stored for real.
 */
const APPLICANT = "budi.sinaga@contoh.id";

async function applicant(office: SourceOffice) {
  const ctx = await createContext({ db: office.t.db, storage: office.storage, app: "portal", sessionUserId: office.users.get(APPLICANT)! });
  return { caller: createCallerFactory(portalRouter)(ctx), ctx };
}

async function act(office: SourceOffice, username: string, id: string, action: string, extra: Record<string, unknown> = {}) {
  const ctx = await createContext({ db: office.t.db, storage: office.storage, app: "backoffice", sessionUserId: office.users.get(username)! });
  const caller = createCallerFactory(backofficeRouter)(ctx);
  const file = await caller.files.get({ id });
  type Act = Parameters<typeof caller.files.act>[0];
  // At a completeness check the clerk judges every requirement; here all are met.
  const judged = file.step.offersChecklist && action === "COMPLETE" ? { checklist: Object.fromEntries(file.requirements.map((r) => [r.code, { ok: true }])) } : {};
  return caller.files.act({ id, version: file.version, action: action as Act["action"], ...judged, ...extra });
}

/** A submitted file: every requirement uploaded (each its own document, so its own storage key; the pas foto a PNG). */
export async function submitFile(office: SourceOffice): Promise<string> {
  const { caller, ctx } = await applicant(office);
  const { id } = await caller.applications.create({ permitTypeCode: "SIK-PEREKAM-MEDIS" });
  await caller.applications.saveForm({
    id,
    form: { birthPlace: "Sidikalang", birthDate: "1992-08-07", address: "Jl. Pahlawan 12", strNumber: "RM 42", strLifetime: true, facilityName: "RSUD Sidikalang", facilityAddress: "Jl. Rumah Sakit 19" },
  });
  for (const r of (await caller.applications.get({ id })).requirements) {
    const image = !r.mimeTypes.includes("application/pdf");
    const bytes = image ? minimalPng(2, 3) : concat(minimalPdf(), ascii(`% ${r.code}\n%%EOF\n`));
    const body = new ReadableStream<Uint8Array>({ start: (c) => (c.enqueue(bytes), c.close()) });
    const up = await uploadRequirementDocument({ ...ctx, user: ctx.user! }, { applicationId: id, requirementCode: r.code, fileName: `${r.code}.${image ? "png" : "pdf"}`, body });
    if (!up.ok) throw new Error(`unggah ${r.code}: ${up.message}`);
  }
  await caller.applications.submit({ id, version: 0 });
  return id;
}

/** A file taken from submission to the issued, signed, numbered permit the applicant received. */
export async function issuePermit(office: SourceOffice): Promise<{ applicationId: string; permitNumber: string }> {
  const id = await submitFile(office);
  await act(office, "frontoffice", id, "COMPLETE");
  await act(office, "frontoffice", id, "COMPLETE");
  await act(office, "backoffice", id, "COMPLETE", { output: { isiDisposisi: "Verifikasi." } });
  await act(office, "backoffice", id, "COMPLETE", { assignees: [office.users.get("timteknis")!] });
  await act(office, "timteknis", id, "COMPLETE");
  await act(office, "timteknis", id, "COMPLETE", { output: { tanggalPeninjauan: "2026-11-27", jamPeninjauan: "09:30", tempatPeninjauan: "RSUD Sidikalang", hasilPeninjauan: "Sesuai." } });
  await act(office, "timteknis", id, "APPROVE", { output: { hasilPenilaian: "Memenuhi syarat." } });
  for (const who of ["backoffice", "backoffice", "kabid", "sekretaris", "kadis", "kasubbag", "frontoffice"]) await act(office, who, id, "COMPLETE");
  const { caller } = await applicant(office);
  await caller.applications.confirmReceipt({ id, version: (await caller.applications.get({ id })).version });
  const permit = await office.t.db.permit.findUniqueOrThrow({ where: { applicationId: id } });
  return { applicationId: id, permitNumber: permit.number };
}
