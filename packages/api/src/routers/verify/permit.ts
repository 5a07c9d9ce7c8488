import { z } from "zod";
import { publicProcedure } from "../../trpc";

/**
 * The page a permit's QR code points to: is this number a genuine permit, still valid, for whom,
 * issued when, signed by whom — or unknown, or revoked.
 */
export const permit = publicProcedure
  .input(z.object({ number: z.string().trim().min(1, "Nomor izin wajib diisi.").max(80) }))
  .query(async ({ ctx, input }) => {
    const found = await ctx.db.permit.findUnique({ where: { number: input.number } });
    if (!found) return { status: "UNKNOWN" as const, number: input.number };
    const [permitType, issuer] = await Promise.all([
      ctx.db.permitType.findUnique({ where: { id: found.permitTypeId }, select: { name: true } }),
      ctx.db.office.findUnique({ where: { id: found.officeId }, select: { shortName: true } }),
    ]);
    return {
      status: found.revokedAt ? ("REVOKED" as const) : ("VALID" as const),
      number: found.number,
      permitTypeName: permitType?.name ?? "",
      issuerName: issuer?.shortName ?? "",
      // Only the holder's name of their personal data: the rest of the permit (address, birth date,
      // identity number) stays on the paper the holder shows (PDP: data minimisation).
      holderName: found.holderName,
      /** The validity sentence printed on the permit, word for word. */
      validityText: found.validityText,
      issuedAt: found.issuedAt,
      validUntil: found.validUntil,
      signedByName: found.signedByName,
      signedByTitle: found.signedByTitle,
      signedAt: found.signedAt,
      revokedAt: found.revokedAt,
      revokedReason: found.revokedReason,
    };
  });

/** Proves a copy genuine: the SHA-256 of the PDF (computed in the browser) against the issued ones. */
export const documentHash = publicProcedure
  .input(z.object({ sha256: z.string().trim().toLowerCase().regex(/^[0-9a-f]{64}$/, "Sidik jari SHA-256 tidak valid.") }))
  .query(async ({ ctx, input }) => {
    const doc = await ctx.db.issuedDocument.findFirst({ where: { sha256: input.sha256, isDraft: false } });
    if (!doc) return { genuine: false as const };
    return { genuine: true as const, kind: doc.kind, number: doc.number, issuedAt: doc.createdAt, superseded: doc.supersededAt !== null };
  });
