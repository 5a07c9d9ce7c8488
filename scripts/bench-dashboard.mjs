/**
 * `npm run bench:dashboard [-- --regenerate --files=N --runs=N --page-runs=N]`: the dashboard's
 * procedures on a synthetic three-year history (packages/api/bench), then — on PostgreSQL, with
 * the apps built — the page itself in Chromium (e2e/bench). See docs/adr/0006.
 */
import { spawnSync } from "node:child_process";

const args = process.argv.slice(2);
const run = (workspace, script) => {
  const result = spawnSync("npm", ["run", script, "-w", workspace, "--", ...args], { stdio: "inherit" });
  if (result.status !== 0) process.exit(result.status ?? 1);
};
run("@perizinan/api", "bench:dashboard");
run("@perizinan/e2e", "bench:page");
