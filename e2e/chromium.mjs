import fs from "node:fs";

/**
 * The browser for the end-to-end suite: CHROMIUM_PATH, else Debian's /usr/bin/chromium, else
 * Playwright's own download (for machines that have run `npx playwright install chromium`).
 */
export function findChromium() {
  const candidates = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"].filter(Boolean);
  for (const candidate of candidates) {
    if (fs.existsSync(candidate)) return { ok: true, executablePath: candidate };
  }
  const cache = process.env.PLAYWRIGHT_BROWSERS_PATH || `${process.env.HOME}/.cache/ms-playwright`;
  if (fs.existsSync(cache) && fs.readdirSync(cache).some((d) => d.startsWith("chromium"))) {
    return { ok: true, executablePath: undefined };
  }
  return {
    ok: false,
    message:
      "Chromium tidak ditemukan. Pasang salah satu:\n" +
      "  • Debian/Ubuntu: sudo apt-get install -y chromium\n" +
      "  • atau unduhan Playwright: npx playwright install chromium\n" +
      "  • atau arahkan CHROMIUM_PATH ke berkas Chromium/Chrome yang ada.",
  };
}
