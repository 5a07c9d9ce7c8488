import type { TRPCError } from "@trpc/server";
import { beforeAll, describe, expect, it } from "vitest";
import type { TestDatabase } from "@perizinan/db/test-harness";
import { backofficeRouter } from "./backoffice";
import { createContext } from "./context";
import { uploadIntakeDocument } from "./documents/upload";
import { portalRouter } from "./portal";
import { samplePdf, samplePng, streamOf } from "./testing/samples";
import { useSeededOffice } from "./testing/seeded-office";
import { createCallerFactory } from "./trpc";

const office = useSeededOffice("intake");
const { storage } = office;
let t: TestDatabase;
beforeAll(() => {
  t = office.t;
});

async function ctxOf(username: string) {
  const user = await t.db.user.findUniqueOrThrow({ where: { username } });
  return createContext({ db: t.db, storage, app: "backoffice", sessionUserId: user.id, ip: "192.0.2.9", userAgent: "loket" });
}

const WALK_IN = { name: "Tiurma Situmorang", nik: "1211034506900004", phone: "081211112222" };

describe("counter intake of a walk-in applicant", () => {
  it("the counter registers the file, uploads the scans, and submits it for the applicant", async () => {
    const foCtx = await ctxOf("frontoffice");
    const fo = createCallerFactory(backofficeRouter)(foCtx);
    const { id } = await fo.intake.start({ permitTypeCode: "SIK-PEREKAM-MEDIS", applicant: WALK_IN });
    const applicant = await t.db.user.findUniqueOrThrow({ where: { nik: WALK_IN.nik } });
    expect(applicant).toMatchObject({ kind: "APPLICANT", name: WALK_IN.name });

    await fo.intake.saveForm({
      id,
      form: { birthPlace: "Sidikalang", birthDate: "1990-06-05", address: "Jl. Merdeka 1", strNumber: "RM 77", strLifetime: true, facilityName: "Puskesmas Sumbul", facilityAddress: "Sumbul" },
    });
    const incomplete = await fo.intake.submit({ id, version: 0 }).catch((e: TRPCError) => e);
    expect((incomplete as TRPCError).message).toMatch(/dokumen belum lengkap/);

    for (const r of (await fo.intake.get({ id })).requirements) {
      const image = !r.mimeTypes.includes("application/pdf");
      const up = await uploadIntakeDocument({ ...foCtx, user: foCtx.user! }, { applicationId: id, requirementCode: r.code, fileName: `pindaian-${r.code}.${image ? "png" : "pdf"}`, body: streamOf(image ? samplePng() : samplePdf(r.code)) });
      expect(up.ok, r.code).toBe(true);
    }
    const { registrationNumber } = await fo.intake.submit({ id, version: 0 });
    const event = await t.db.fileEvent.findFirstOrThrow({ where: { applicationId: id, seq: 1 } });
    expect(event).toMatchObject({ actorId: foCtx.user!.id, actorRole: "FRONT_OFFICE", onBehalfOf: "PEMOHON", fromStep: 1, toStep: 2 });
    expect(event.data).toMatchObject({ counterIntakeFor: applicant.id });
    const file = await t.db.application.findUniqueOrThrow({ where: { id } });
    expect(file).toMatchObject({ applicantId: applicant.id, intakeById: foCtx.user!.id, status: "IN_PROGRESS", currentStep: 2 });

    // The applicant follows it with the registration number and their NIK's last digits.
    const anon = createCallerFactory(portalRouter)(await createContext({ db: t.db, storage, app: "portal", sessionUserId: null }));
    expect(await anon.tracking.lookup({ registrationNumber, nikLast4: WALK_IN.nik.slice(-4) })).toMatchObject({ statusLabel: "Dalam Proses" });
  });

  it("only the officer who took the file in may fill it, and nobody without the counter's permission", async () => {
    const fo = createCallerFactory(backofficeRouter)(await ctxOf("frontoffice"));
    const { id } = await fo.intake.start({ permitTypeCode: "SIK-PEREKAM-MEDIS", applicant: { ...WALK_IN } });
    const bo = await ctxOf("backoffice");
    expect(await uploadIntakeDocument({ ...bo, user: bo.user! }, { applicationId: id, requirementCode: "KTP", fileName: "x.pdf", body: streamOf(samplePdf()) })).toMatchObject({ ok: false, status: 404 });
    const refused = await createCallerFactory(backofficeRouter)(bo).intake.get({ id }).catch((e: TRPCError) => e);
    expect((refused as TRPCError).code).toBe("FORBIDDEN");
  });

  it("refuses a NIK of bad form with the field's message", async () => {
    const fo = createCallerFactory(backofficeRouter)(await ctxOf("frontoffice"));
    const bad = await fo.intake.start({ permitTypeCode: "SIK-PEREKAM-MEDIS", applicant: { ...WALK_IN, nik: "123" } }).catch((e: TRPCError) => e);
    expect((bad as TRPCError).code).toBe("BAD_REQUEST");
  });
});
