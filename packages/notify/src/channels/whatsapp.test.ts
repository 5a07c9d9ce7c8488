import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Channel, OutgoingMessage } from "./types";
import { whatsAppCloudChannel, type WhatsAppTemplate } from "./whatsapp-cloud";
import { whatsAppGatewayChannel, type WhatsAppGatewayConfig } from "./whatsapp-gateway";

interface Recorded {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
}

/** What the provider answers next; a test sets it before sending. */
let answer: { status: number; body: unknown } = { status: 200, body: {} };
let requests: Recorded[] = [];
let server: Server;
let base: string;

beforeAll(async () => {
  server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      requests.push({ method: req.method ?? "", path: req.url ?? "", headers: req.headers, body: Buffer.concat(chunks).toString("utf8") });
      res.writeHead(answer.status, { "Content-Type": typeof answer.body === "string" ? "text/plain" : "application/json" });
      res.end(typeof answer.body === "string" ? answer.body : JSON.stringify(answer.body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(() => {
  requests = [];
  answer = { status: 200, body: {} };
});

const TEXT = 'Yth. "Sari",\nberkas PM-0042 dikembalikan.\tAlasan: foto buram 📷 — ü\\n';

function message(over: Partial<OutgoingMessage> = {}): OutgoingMessage {
  return {
    messageId: "berkas:f1:3:FILE_RETURNED|u42|WHATSAPP",
    to: "6281234567890",
    kind: "FILE_RETURNED",
    subject: "Berkas PM-0042 dikembalikan",
    text: TEXT,
    values: { "penerima.nama": "Sari", "berkas.nomorRegistrasi": "PM-0042", "berkas.alasan": "foto\n\nburam" },
    ...over,
  };
}

const onlyRequest = (): Recorded => {
  expect(requests).toHaveLength(1);
  return requests[0]!;
};

describe("whatsAppCloudChannel", () => {
  const templates: Record<string, WhatsAppTemplate> = {
    FILE_RETURNED: { name: "berkas_dikembalikan", language: "id", parameters: ["berkas.nomorRegistrasi", "penerima.nama", "berkas.alasan"] },
    FILE_SUBMITTED: { name: "berkas_diterima", language: "id", parameters: [] },
  };
  const cloud = (): Channel => whatsAppCloudChannel({ apiUrl: `${base}/v21.0/`, phoneNumberId: "10987654321", accessToken: "EAAG-rahasia", templates, timeoutMs: 2_000 });

  it("posts the mapped template with its parameters in order, and takes the message id from the answer", async () => {
    answer = { status: 200, body: { messaging_product: "whatsapp", contacts: [{ input: "6281234567890", wa_id: "6281234567890" }], messages: [{ id: "wamid.HBgN" }] } };
    const outcome = await cloud().send(message());

    expect(outcome).toMatchObject({ ok: true, providerId: "wamid.HBgN" });
    expect(outcome.response).toMatch(/^HTTP 200/);
    const req = onlyRequest();
    expect(req.method).toBe("POST");
    expect(req.path).toBe("/v21.0/10987654321/messages");
    expect(req.headers.authorization).toBe("Bearer EAAG-rahasia");
    expect(req.headers["content-type"]).toBe("application/json");
    expect(JSON.parse(req.body)).toEqual({
      messaging_product: "whatsapp",
      recipient_type: "individual",
      to: "6281234567890",
      type: "template",
      template: {
        name: "berkas_dikembalikan",
        language: { code: "id" },
        components: [
          {
            type: "body",
            // Meta refuses newlines in a parameter: the reason's paragraphs become one line.
            parameters: [
              { type: "text", text: "PM-0042" },
              { type: "text", text: "Sari" },
              { type: "text", text: "foto buram" },
            ],
          },
        ],
      },
      biz_opaque_callback_data: "berkas:f1:3:FILE_RETURNED|u42|WHATSAPP",
    });
  });

  it("sends a template without variables without a body component", async () => {
    answer = { status: 200, body: { messages: [{ id: "wamid.2" }] } };
    expect(await cloud().send(message({ kind: "FILE_SUBMITTED" }))).toMatchObject({ ok: true, providerId: "wamid.2" });
    expect((JSON.parse(onlyRequest().body) as { template: unknown }).template).toEqual({ name: "berkas_diterima", language: { code: "id" } });
  });

  it("a 400 is final, with Meta's explanation", async () => {
    answer = { status: 400, body: { error: { message: "(#132001) Template name does not exist in the translation", type: "OAuthException", code: 132001 } } };
    expect(await cloud().send(message())).toEqual({ ok: false, retryable: false, response: "HTTP 400: (#132001) Template name does not exist in the translation" });
  });

  it.each([500, 503, 429])("HTTP %i is worth retrying", async (status) => {
    answer = { status, body: { error: { message: "coba lagi nanti", code: 2 } } };
    expect(await cloud().send(message())).toEqual({ ok: false, retryable: true, response: `HTTP ${status}: coba lagi nanti` });
  });

  it("a 400 carrying a Meta rate-limit code is worth retrying", async () => {
    answer = { status: 400, body: { error: { message: "(#130429) Rate limit hit", code: 130429 } } };
    expect(await cloud().send(message())).toMatchObject({ ok: false, retryable: true });
  });

  it("a kind without a template fails for good without a request", async () => {
    expect(await cloud().send(message({ kind: "NEW_WORK" }))).toEqual({ ok: false, retryable: false, response: "templat WhatsApp untuk NEW_WORK belum dipetakan" });
    expect(await cloud().send(message({ kind: "toString" }))).toMatchObject({ ok: false, retryable: false });
    expect(requests).toHaveLength(0);
  });

  it("a parameter missing from the message's values fails for good without a request", async () => {
    const outcome = await cloud().send(message({ values: { "penerima.nama": "Sari" } }));
    expect(outcome).toMatchObject({ ok: false, retryable: false });
    expect(outcome.response).toContain("{berkas.nomorRegistrasi}");
    expect(requests).toHaveLength(0);
  });

  it("an unreachable API is worth retrying, and the token stays out of the description", async () => {
    const c = whatsAppCloudChannel({ apiUrl: "http://127.0.0.1:1", phoneNumberId: "1", accessToken: "EAAG-rahasia", templates, timeoutMs: 1_000 });
    const outcome = await c.send(message());
    expect(outcome).toMatchObject({ ok: false, retryable: true });
    expect(outcome.response).toMatch(/^tidak tersambung/);
    expect(c.describe).not.toContain("rahasia");
  });

  it("defaults to the Graph API v21.0", async () => {
    const realFetch = globalThis.fetch;
    let calledUrl = "";
    globalThis.fetch = (input: string | URL | Request) => {
      calledUrl = input instanceof Request ? input.url : input.toString();
      return Promise.resolve(new Response(JSON.stringify({ messages: [{ id: "x" }] }), { status: 200 }));
    };
    try {
      await whatsAppCloudChannel({ phoneNumberId: "10987654321", accessToken: "t", templates }).send(message());
    } finally {
      globalThis.fetch = realFetch;
    }
    expect(calledUrl).toBe("https://graph.facebook.com/v21.0/10987654321/messages");
  });
});

describe("whatsAppGatewayChannel", () => {
  const gateway = (over: Partial<WhatsAppGatewayConfig> = {}): Channel => whatsAppGatewayChannel({ url: `${base}/send?device=1`, token: "tok-rahasia", timeoutMs: 2_000, ...over });

  it("posts the default payload with the text escaped as JSON, the idempotency key and a bearer token", async () => {
    answer = { status: 200, body: { status: true, id: ["80367170"], process: "pending" } };
    const outcome = await gateway().send(message());

    expect(outcome).toMatchObject({ ok: true, providerId: "80367170" });
    const req = onlyRequest();
    expect(req.path).toBe("/send?device=1");
    expect(req.headers["content-type"]).toBe("application/json");
    expect(req.headers["idempotency-key"]).toBe("berkas:f1:3:FILE_RETURNED|u42|WHATSAPP");
    expect(req.headers.authorization).toBe("Bearer tok-rahasia");
    expect(JSON.parse(req.body)).toEqual({ target: "6281234567890", message: TEXT });
  });

  it("fills a custom template's placeholders, wherever they sit in its strings, and can send the token raw in another header", async () => {
    const payloadTemplate = '{"phone":"{to}","body":{"title":"[{subject}]","content":"{text}"},"ref":["{messageId}"],"retry":false}';
    answer = { status: 201, body: { data: { messages: [{ id: "wb-1" }] } } };
    const outcome = await gateway({ payloadTemplate, authScheme: "raw", authHeader: "X-Api-Key" }).send(message({ subject: 'Berkas "PM-0042"' }));

    expect(outcome).toMatchObject({ ok: true, providerId: "wb-1" });
    const req = onlyRequest();
    expect(req.headers["x-api-key"]).toBe("tok-rahasia");
    expect(req.headers.authorization).toBeUndefined();
    expect(JSON.parse(req.body)).toEqual({
      phone: "6281234567890",
      body: { title: '[Berkas "PM-0042"]', content: TEXT },
      ref: ["berkas:f1:3:FILE_RETURNED|u42|WHATSAPP"],
      retry: false,
    });
  });

  it("sends the token raw in Authorization for Fonnte-style gateways, and none without a token", async () => {
    await gateway({ authScheme: "raw" }).send(message());
    await gateway({ token: undefined }).send(message());
    expect(requests.map((r) => r.headers.authorization)).toEqual(["tok-rahasia", undefined]);
  });

  it('a 200 with "status": false is a final refusal, with the gateway\'s reason', async () => {
    answer = { status: 200, body: { status: false, reason: "target invalid" } };
    expect(await gateway().send(message())).toEqual({ ok: false, retryable: false, response: "ditolak gateway: target invalid" });
    answer = { status: 200, body: { status: false, message: "device disconnected" } };
    expect(await gateway().send(message())).toEqual({ ok: false, retryable: false, response: "ditolak gateway: device disconnected" });
  });

  it.each([
    [503, "Service Unavailable", true],
    [429, { message: "terlalu banyak permintaan" }, true],
    [400, { message: "nomor tidak valid" }, false],
  ])("HTTP %i → retryable %s… (%#)", async (status, body, retryable) => {
    answer = { status, body };
    const outcome = await gateway().send(message());
    expect(outcome).toMatchObject({ ok: false, retryable });
    expect(outcome.response).toBe(`HTTP ${status}: ${typeof body === "string" ? body : body.message}`);
  });

  it("cuts a long error body to a loggable length", async () => {
    answer = { status: 502, body: "x".repeat(5_000) };
    const outcome = await gateway().send(message());
    expect(outcome.response.length).toBeLessThanOrEqual(500);
    expect(outcome.response).toMatch(/^HTTP 502: x+…$/);
  });

  it("describes itself by host only: gateways carry tokens in their paths and queries", () => {
    expect(gateway({ url: `${base}/api/tok-rahasia/send?key=tok-rahasia` }).describe).toBe(`WhatsApp gateway ${new URL(base).host}`);
  });

  it.each([
    ['{"target":"{to}","message":"{text}"', /bukan JSON yang sah/],
    ['{"target":{to},"message":"{text}"}', /bukan JSON yang sah/],
    ['["{to}","{text}"]', /objek JSON/],
    ['{"target":"{to}","message":"{pesan}"}', /\{pesan\}/],
    ['{"message":"{text}"}', /\{to\}/],
  ])("refuses the payload template %s when built", (payloadTemplate, reason) => {
    expect(() => gateway({ payloadTemplate })).toThrow(reason);
  });

  it("refuses an address that is not http(s) or carries credentials", () => {
    expect(() => gateway({ url: "ftp://gateway.contoh.id/send" })).toThrow(/http\(s\)/);
    expect(() => gateway({ url: "https://u:rahasia@gateway.contoh.id/send" })).toThrow(/sandi/);
  });
});
