import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EMBEDDED_DATABASE, readPassword, removeEmbeddedData, startEmbeddedServer, type EmbeddedServer } from "./index";

/** The embedded default is closed: nobody on the machine gets in without the generated password. */
let dataDir: string;
let server: EmbeddedServer;
beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "perizinan-embedded-"));
  server = await startEmbeddedServer({ dataDir, port: 0 });
});
afterAll(async () => {
  await server?.stop();
  if (dataDir) removeEmbeddedData(dataDir);
});

async function connect(options: pg.ClientConfig): Promise<pg.Client> {
  const client = new pg.Client({ host: "127.0.0.1", port: server.port, database: EMBEDDED_DATABASE, connectionTimeoutMillis: 5000, ...options });
  await client.connect();
  return client;
}

const psql = spawnSync("psql", ["--version"]).status === 0;

describe("embedded PostgreSQL: closed to everyone without the password", () => {
  it("keeps a generated password in DATA_DIR, readable by its owner only", () => {
    const file = path.join(dataDir, "db-password");
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(readPassword(dataDir)).toMatch(/^[A-Za-z0-9_-]{32}$/);
  });

  it("accepts the generated password", async () => {
    const client = await connect({ user: "postgres", password: readPassword(dataDir)! });
    expect((await client.query("SELECT current_setting('listen_addresses') AS l")).rows[0].l).toBe("127.0.0.1");
    await client.end();
  });

  it("refuses a wrong password and an unknown user with one (28P01)", async () => {
    await expect(connect({ user: "postgres", password: "postgres" })).rejects.toMatchObject({ code: "28P01" });
    await expect(connect({ user: "anyone", password: "anything" })).rejects.toMatchObject({ code: "28P01" });
  });

  it.skipIf(!psql)("psql with no password or a wrong one is refused", () => {
    const base = ["-h", "127.0.0.1", "-p", String(server.port), "-d", EMBEDDED_DATABASE, "-w", "-c", "SELECT count(*) FROM pg_class"];
    const env = { ...process.env, PGPASSWORD: "", PGPASSFILE: "/dev/null" };
    for (const user of ["postgres", "anyone"]) {
      const none = spawnSync("psql", ["-U", user, ...base], { env: { ...env, PGPASSWORD: undefined }, encoding: "utf8" });
      expect(none.status, none.stderr).not.toBe(0);
      expect(none.stderr).toMatch(/no password supplied/);
      const wrong = spawnSync("psql", ["-U", user, ...base], { env: { ...env, PGPASSWORD: "salah" }, encoding: "utf8" });
      expect(wrong.status).not.toBe(0);
      expect(wrong.stderr).toMatch(/password authentication failed/);
    }
  });

  it("does not listen on the machine's other addresses", async () => {
    const others = Object.values(os.networkInterfaces()).flat().filter((a) => a && a.family === "IPv4" && !a.internal);
    for (const address of others) {
      await expect(connect({ host: address!.address, user: "postgres", password: readPassword(dataDir)! })).rejects.toMatchObject({ code: "ECONNREFUSED" });
    }
  });

  it("keeps its Unix socket in a folder nobody else may enter", () => {
    const pointer = path.join(dataDir, "postgres-location");
    const home = fs.existsSync(pointer) ? fs.readFileSync(pointer, "utf8").trim() : path.join(dataDir, "postgres");
    expect(fs.statSync(path.join(home, "run")).mode & 0o777).toBe(0o700);
    expect(fs.statSync(server.clusterDir).mode & 0o777).toBe(0o700);
  });

  it("survives a restart with its data", async () => {
    const password = readPassword(dataDir)!;
    const a = await connect({ user: "postgres", password });
    await a.query("CREATE TABLE kept (v text)");
    await a.query("INSERT INTO kept VALUES ('ada')");
    await a.end();
    await server.stop();
    server = await startEmbeddedServer({ dataDir, port: server.port });
    const b = await connect({ user: "postgres", password });
    expect((await b.query("SELECT v FROM kept")).rows).toEqual([{ v: "ada" }]);
    await b.end();
  });

  it("the server command never prints the password", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "perizinan-embedded-cli-"));
    const cli = fileURLToPath(new URL("../cli/embedded-server.ts", import.meta.url));
    const child = spawn(process.execPath, ["--import", "tsx", cli, "--dir", dir, "--port", "0"], { stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (c: Buffer) => (output += c.toString()));
    child.stderr.on("data", (c: Buffer) => (output += c.toString()));
    await new Promise<void>((resolve, reject) => {
      const timer = setInterval(() => output.includes("READY") && (clearInterval(timer), resolve()), 100);
      child.once("exit", (code) => reject(new Error(`exit ${code}: ${output}`)));
    });
    const exited = new Promise((r) => child.once("exit", r));
    child.kill("SIGINT");
    await exited;
    const password = readPassword(dir)!;
    expect(password.length).toBeGreaterThan(20);
    expect(output).not.toContain(password);
    removeEmbeddedData(dir);
  });
});
