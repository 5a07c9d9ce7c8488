#!/usr/bin/env node
/**
 * `npm run permit-type:schema` — writes docs/schema/permit-type.schema.json, the JSON Schema of an
 * exported permit type, generated from the domain's zod schemas. `--check` only compares and exits
 * 1 when the checked-in file is out of date (the domain's unit test checks the same).
 * Run with tsx's loader (`node --import tsx`), which lets Node read the domain's TypeScript.
 */
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { permitTypeDocumentJsonSchema } from "../packages/domain/src/permit-type/json-schema.ts";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const file = path.join(root, "docs/schema/permit-type.schema.json");
const text = `${JSON.stringify(permitTypeDocumentJsonSchema(), null, 2)}\n`;
const relative = path.relative(root, file);

if (process.argv.includes("--check")) {
  const current = fs.existsSync(file) ? fs.readFileSync(file, "utf8") : "";
  if (current !== text) {
    console.error(`${relative} tidak sesuai dengan skema yang dihasilkan. Jalankan \`npm run permit-type:schema\`.`);
    process.exit(1);
  }
  console.log(`${relative} sudah sesuai.`);
} else {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
  console.log(`Skema ditulis ke ${relative}.`);
}
