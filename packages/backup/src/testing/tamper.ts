import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import * as tar from "tar";

/**
 * A copy of an archive, unpacked, changed by `edit`, and packed again as a readable tar.gz: the
 * damage a restore must find itself, since gzip and tar are perfectly happy with it.
 */
export async function repacked(archive: string, outFile: string, edit: (dir: string) => void): Promise<string> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "perizinan-tamper-"));
  try {
    await tar.extract({ file: archive, cwd: dir });
    edit(dir);
    const files = fs.readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => path.relative(dir, path.join(e.parentPath, e.name)));
    await tar.create({ gzip: true, file: outFile, cwd: dir }, files);
    return outFile;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Toggles the case of one letter in the middle of a file: same length, same lines, other bytes. */
export function flipOneLetter(file: string): void {
  const bytes = fs.readFileSync(file);
  let at = Math.floor(bytes.length / 2);
  while (at < bytes.length && !/[a-z]/i.test(String.fromCharCode(bytes[at]!))) at += 1;
  if (at >= bytes.length) throw new Error(`no letter to flip in ${file}`);
  bytes[at] = bytes[at]! ^ 0x20;
  fs.writeFileSync(file, bytes);
}
