import { createServer, type Server, type Socket } from "node:net";
import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer, type SMTPServerAuthentication, type SMTPServerOptions } from "smtp-server";
import { afterEach, describe, expect, it } from "vitest";
import { emailMessageId, smtpChannel } from "./email";
import type { Channel, OutgoingMessage } from "./types";

const FROM = "DPMPTSP Kabupaten <notifikasi@perizinan.contoh.go.id>";
const KEY = "berkas:f1:3:FILE_RETURNED|u42|EMAIL";

function message(over: Partial<OutgoingMessage> = {}): OutgoingMessage {
  return {
    messageId: KEY,
    to: "sari@contoh.id",
    kind: "FILE_RETURNED",
    subject: "Berkas PM-0042 dikembalikan untuk diperbaiki",
    text: "Yth. Sari,\n\nPerbaiki melalui http://localhost:3000/permohonan/f1\n\nHormat kami",
    values: {},
    ...over,
  };
}

/** A real SMTP server on 127.0.0.1; `answers` overrides its handlers (a refusal, a login check). */
async function smtpSink(answers: Partial<SMTPServerOptions> = {}) {
  const received: ParsedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((mail) => {
          received.push(mail);
          callback();
        })
        .catch(callback);
    },
    ...answers,
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.server.address() as { port: number };
  cleanups.push(() => new Promise<void>((resolve) => server.close(() => resolve())));
  return { url: `smtp://127.0.0.1:${port}`, port, received };
}

const refusal = (responseCode: number, text: string) => Object.assign(new Error(text), { responseCode });

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(cleanups.splice(0).map((c) => c()));
});

function channel(url: string, timeoutMs = 2_000): Channel {
  const c = smtpChannel({ url, from: FROM, timeoutMs });
  cleanups.unshift(() => c.close?.() ?? Promise.resolve());
  return c;
}

describe("smtpChannel", () => {
  it("delivers recipient, subject and text, with the key's Message-ID and the raw key in X-Perizinan-Key", async () => {
    const sink = await smtpSink();
    const outcome = await channel(sink.url).send(message());

    expect(outcome).toMatchObject({ ok: true });
    expect(outcome.response).toMatch(/^250/);
    expect(sink.received).toHaveLength(1);
    const mail = sink.received[0]!;
    expect(mail.to && !Array.isArray(mail.to) ? mail.to.text : mail.to).toBe("sari@contoh.id");
    expect(mail.from?.value[0]?.address).toBe("notifikasi@perizinan.contoh.go.id");
    expect(mail.subject).toBe("Berkas PM-0042 dikembalikan untuk diperbaiki");
    expect(mail.text?.trim()).toBe(message().text);
    expect(mail.messageId).toBe(emailMessageId(KEY, FROM));
    expect(mail.headers.get("x-perizinan-key")).toBe(KEY);
  });

  it("gives the same key the same valid Message-ID at the sender's domain, and another key another", () => {
    const id = emailMessageId(KEY, FROM);
    expect(id).toMatch(/^<[0-9a-f]{64}@perizinan\.contoh\.go\.id>$/);
    expect(emailMessageId(KEY, "notifikasi@perizinan.contoh.go.id")).toBe(id);
    expect(emailMessageId(`${KEY}x`, FROM)).not.toBe(id);
  });

  it.each([
    ["RCPT TO", { onRcptTo: (_a, _s, cb) => cb(refusal(451, "4.3.0 coba lagi")) }],
    ["DATA", { onData: (stream, _s, cb) => stream.on("end", () => cb(refusal(451, "4.3.0 coba lagi"))).resume() }],
  ] satisfies [string, Partial<SMTPServerOptions>][])("a 451 at %s is worth retrying, with the server's answer", async (_at, answers) => {
    const sink = await smtpSink(answers);
    const outcome = await channel(sink.url).send(message());
    expect(outcome).toEqual({ ok: false, retryable: true, response: expect.stringContaining("451") as unknown });
    expect(outcome.response).toContain("coba lagi");
  });

  it.each([
    ["RCPT TO", { onRcptTo: (_a, _s, cb) => cb(refusal(550, "5.1.1 kotak surat tidak ada")) }],
    ["DATA", { onData: (stream, _s, cb) => stream.on("end", () => cb(refusal(550, "5.7.1 ditolak"))).resume() }],
  ] satisfies [string, Partial<SMTPServerOptions>][])("a 550 at %s is final", async (_at, answers) => {
    const sink = await smtpSink(answers);
    const outcome = await channel(sink.url).send(message());
    expect(outcome).toEqual({ ok: false, retryable: false, response: expect.stringContaining("550") as unknown });
  });

  it("a closed port is worth retrying, and answers at once", async () => {
    const port = await freePort();
    const started = Date.now();
    const outcome = await channel(`smtp://127.0.0.1:${port}`).send(message());
    expect(outcome).toMatchObject({ ok: false, retryable: true });
    expect(outcome.response).toMatch(/ECONNREFUSED/);
    expect(Date.now() - started).toBeLessThan(1_500);
  });

  it("a server that accepts the connection but never greets is given up after the timeout, worth retrying", async () => {
    const port = await silentServer();
    const started = Date.now();
    const outcome = await channel(`smtp://127.0.0.1:${port}`, 300).send(message());
    expect(outcome).toMatchObject({ ok: false, retryable: true });
    expect(outcome.response).toMatch(/ETIMEDOUT/);
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it("logs in with the URL's (percent-encoded) credentials but never shows them", async () => {
    const logins: SMTPServerAuthentication[] = [];
    const sink = await smtpSink({
      authOptional: false,
      allowInsecureAuth: true,
      onAuth: (auth, _s, cb) => {
        logins.push(auth);
        cb(null, { user: auth.username });
      },
    });
    const c = channel(`smtp://notif%40kantor:r%40hasia%3Asekali@127.0.0.1:${sink.port}`);

    expect(c.describe).toBe(`SMTP 127.0.0.1:${sink.port}`);
    expect(await c.send(message())).toMatchObject({ ok: true });
    expect(logins.map((l) => [l.username, l.password])).toEqual([["notif@kantor", "r@hasia:sekali"]]);
    expect(channel("smtps://u:rahasia@mail.contoh.go.id").describe).toBe("SMTP mail.contoh.go.id:465");
    expect(channel("smtp://u:rahasia@mail.contoh.go.id").describe).toBe("SMTP mail.contoh.go.id:587");
  });

  it("a refused login is worth retrying: the message is fine, the settings are not", async () => {
    const sink = await smtpSink({ authOptional: false, allowInsecureAuth: true, onAuth: (_a, _s, cb) => cb(refusal(535, "5.7.8 sandi salah")) });
    const outcome = await channel(`smtp://u:salah@127.0.0.1:${sink.port}`).send(message());
    expect(outcome).toMatchObject({ ok: false, retryable: true });
    expect(outcome.response).toContain("535");
    expect(outcome.response).not.toContain("salah@");
  });

  it("refuses a URL that is not smtp(s) and a sender without a domain, without repeating the URL", () => {
    expect(() => smtpChannel({ url: "https://u:rahasia@mail.contoh.go.id", from: FROM })).toThrow(/alamat SMTP tidak sah/);
    expect(() => smtpChannel({ url: "https://u:rahasia@mail.contoh.go.id", from: FROM })).not.toThrow(/rahasia/);
    expect(() => smtpChannel({ url: "smtp://mail.contoh.go.id", from: "notifikasi" })).toThrow(/alamat pengirim/);
  });
});

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** Takes connections and says nothing, like a firewall that swallows the SMTP port. */
async function silentServer(): Promise<number> {
  const sockets: Socket[] = [];
  const server: Server = createServer((socket) => sockets.push(socket));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  cleanups.push(() => {
    for (const s of sockets) s.destroy();
    return new Promise<void>((resolve) => server.close(() => resolve()));
  });
  return (server.address() as { port: number }).port;
}
