import { z } from "zod";
import { importDefinition } from "@perizinan/usecases";
import { staffProcedure } from "../../../trpc";
import { jsonValue } from "./json-input";

/**
 * Imports a document (a file the browser has parsed as JSON): a new code becomes a new type,
 * published as version 1; a code the office has becomes that type's next version. A broken
 * document changes nothing and is refused with every problem at its path in the document.
 */
export const importDocument = staffProcedure("permitType.manage")
  .input(z.object({ document: jsonValue("Dokumen jenis izin") }))
  .mutation(({ ctx, input }) => importDefinition(ctx.db, { officeId: ctx.user.officeId, by: ctx.user.id, document: input.document }));
