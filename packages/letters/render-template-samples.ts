// Renders one sample of each template layout (the decree with a pas foto) to a folder for a look:
//   npx tsx render-template-samples.ts [/tmp/template-letters]
//   pdftoppm -png -r 60 /tmp/template-letters/decree.pdf /tmp/template-letters/decree
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { renderTemplateLetter, type TemplateLayout } from "./src/index";
import { photoPng, templateSample } from "./src/testing/fixtures";

const out = process.argv[2] ?? "/tmp/template-letters";
await mkdir(out, { recursive: true });
for (const layout of ["DECREE", "LETTER", "FORM"] satisfies TemplateLayout[]) {
  const input = templateSample(layout);
  if (input.photo) input.photo = { ...input.photo, bytes: photoPng() };
  await writeFile(join(out, `${layout.toLowerCase()}.pdf`), await renderTemplateLetter(input));
}
console.log(`samples written to ${out}`);
