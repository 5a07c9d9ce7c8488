import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";
import pg from "pg";
const db = await PGlite.create();
const server = new PGLiteSocketServer({ db, host: "127.0.0.1", port: 0, maxConnections: 2 });
await server.start();
const c = new pg.Client({ connectionString: `postgresql://postgres@${server.getServerConn()}/postgres` });
c.on("error", (e) => console.log("client error", e.message));
await c.connect();
const tries = [
  `CREATE TABLE a (x int); CREATE TABLE b (y int);`,
  `-- note; not a statement\nCREATE TABLE "Note" (body text NOT NULL DEFAULT 'a;b');\n`,
  `CREATE FUNCTION note_len(t text) RETURNS int LANGUAGE plpgsql AS $$ BEGIN RETURN length(t); END; $$;\n`,
  `CREATE TABLE "Broken" (id int);\nSELECT no_such_column FROM "Broken";\n`,
  `SELECT 1`,
];
for (const t of tries) {
  try { const r = await c.query(t); console.log("ok", JSON.stringify(t.slice(0, 40)), Array.isArray(r) ? r.length : r.command); }
  catch (e: any) { console.log("ERR", JSON.stringify(t.slice(0, 40)), e.message); }
}
await c.end(); await server.stop(); await db.close();
