import { z } from "zod";

/** The most a definition or an imported document may weigh as JSON (the seeded types are ~30 kB). */
export const MAX_DEFINITION_CHARS = 1_000_000;

/**
 * A JSON value as the browser parsed it, judged later by the domain (which lists every problem);
 * here only its size is limited, so an oversized paste cannot tie up the server.
 */
export function jsonValue(what: string) {
  return z.unknown().superRefine((value, ctx) => {
    let size: number;
    try {
      size = JSON.stringify(value ?? null).length;
    } catch {
      ctx.addIssue({ code: "custom", message: `${what} bukan JSON yang sah.` });
      return;
    }
    if (size > MAX_DEFINITION_CHARS) ctx.addIssue({ code: "custom", message: `${what} terlalu besar (paling besar ${MAX_DEFINITION_CHARS / 1_000_000} MB).` });
  });
}

export const permitTypeIdInput = z.object({ permitTypeId: z.string().min(1).max(60) });
