import { afterEach, describe, expect, it } from "vitest";
import type { Channel, Unconfigured } from "./channels/types";
import { channelsFromEnv, isConfigured, workerSettingsFromEnv } from "./config";

const opened: Channel[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((c) => c.close?.() ?? Promise.resolve()));
});

function configured(c: Channel | Unconfigured): Channel {
  if (!isConfigured(c)) throw new Error(`expected a channel, got "${c.unconfigured}"`);
  opened.push(c);
  return c;
}

const TEMPLATES = JSON.stringify({
  FILE_RETURNED: { name: "berkas_dikembalikan", language: "id", parameters: ["berkas.nomorRegistrasi", "berkas.alasan"] },
  PERMIT_READY: { name: "izin_terbit", language: "id" },
});
const CLOUD = { WHATSAPP_PROVIDER: "cloud", WHATSAPP_CLOUD_PHONE_NUMBER_ID: "10987654321", WHATSAPP_CLOUD_TOKEN: "EAAG-rahasia", WHATSAPP_TEMPLATES: TEMPLATES };

describe("channelsFromEnv", () => {
  it("with nothing set, both channels wait with their reasons", () => {
    const channels = channelsFromEnv({});
    expect(channels).toEqual({ EMAIL: { name: "EMAIL", unconfigured: "SMTP belum diatur" }, WHATSAPP: { name: "WHATSAPP", unconfigured: "WhatsApp belum diatur" } });
    expect(isConfigured(channels.EMAIL)).toBe(false);
    expect(channelsFromEnv({ SMTP_URL: "  ", WHATSAPP_PROVIDER: "" })).toEqual(channels);
  });

  it("SMTP_URL and MAIL_FROM make an email channel described without its password", () => {
    const email = configured(channelsFromEnv({ SMTP_URL: "smtp://notif:rahasia@mail.contoh.go.id:587", MAIL_FROM: "DPMPTSP <notifikasi@contoh.go.id>" }).EMAIL);
    expect(email.name).toBe("EMAIL");
    expect(email.describe).toBe("SMTP mail.contoh.go.id:587");
  });

  it("SMTP_URL without MAIL_FROM stops the worker", () => {
    expect(() => channelsFromEnv({ SMTP_URL: "smtp://mail.contoh.go.id" })).toThrow(/MAIL_FROM wajib diisi/);
  });

  it("an SMTP_URL that is not smtp(s) stops the worker, naming the variable but not the password", () => {
    const run = () => channelsFromEnv({ SMTP_URL: "mail.contoh.go.id:rahasia", MAIL_FROM: "notifikasi@contoh.go.id" });
    expect(run).toThrow(/^SMTP_URL: alamat SMTP tidak sah/);
    expect(run).not.toThrow(/rahasia/);
    expect(() => channelsFromEnv({ SMTP_URL: "smtp://mail.contoh.go.id", MAIL_FROM: "notifikasi" })).toThrow(/^MAIL_FROM: alamat pengirim/);
  });

  it("cloud: a WhatsApp Cloud channel with the mapped templates", async () => {
    const whatsApp = configured(channelsFromEnv(CLOUD).WHATSAPP);
    expect(whatsApp).toMatchObject({ name: "WHATSAPP", describe: "WhatsApp Cloud API (nomor 10987654321)" });
    // The mapping is the one given: an unmapped kind is refused before any request goes out.
    expect(await whatsApp.send({ messageId: "k", to: "62812", kind: "NEW_WORK", subject: "", text: "", values: {} })).toEqual({
      ok: false,
      retryable: false,
      response: "templat WhatsApp untuk NEW_WORK belum dipetakan",
    });
  });

  it("cloud: templates that are not JSON stop the worker with an Indonesian message", () => {
    expect(() => channelsFromEnv({ ...CLOUD, WHATSAPP_TEMPLATES: "{FILE_RETURNED: berkas_dikembalikan}" })).toThrow(/^WHATSAPP_TEMPLATES bukan JSON yang sah/);
  });

  it.each([
    ['{"FILE_RETURN":{"name":"a","language":"id"}}', /FILE_RETURN: jenis pemberitahuan tidak dikenal/],
    ['{"FILE_RETURNED":{"language":"id"}}', /FILE_RETURNED\.name: name .* wajib diisi/],
    ['{"FILE_RETURNED":{"name":"a","language":"id","parameters":["berkas.nomor"]}}', /"berkas\.nomor" bukan nama isian/],
    ['["FILE_RETURNED"]', /^WHATSAPP_TEMPLATES tidak sah/],
  ])("cloud: the templates %s are refused", (templates, reason) => {
    expect(() => channelsFromEnv({ ...CLOUD, WHATSAPP_TEMPLATES: templates })).toThrow(reason);
  });

  it("cloud: each required variable is named when missing", () => {
    for (const name of ["WHATSAPP_CLOUD_PHONE_NUMBER_ID", "WHATSAPP_CLOUD_TOKEN", "WHATSAPP_TEMPLATES"] as const) {
      expect(() => channelsFromEnv({ ...CLOUD, [name]: undefined })).toThrow(`${name} wajib diisi bila WHATSAPP_PROVIDER=cloud`);
    }
    expect(() => channelsFromEnv({ ...CLOUD, WHATSAPP_CLOUD_API_URL: "graph.facebook.com" })).toThrow(/^WHATSAPP_CLOUD_API_URL:/);
  });

  it("gateway: a gateway channel; a bad payload template or auth mode stops the worker", () => {
    const gateway = configured(channelsFromEnv({ WHATSAPP_PROVIDER: "gateway", WHATSAPP_GATEWAY_URL: "https://api.fonnte.com/send", WHATSAPP_GATEWAY_TOKEN: "t", WHATSAPP_GATEWAY_AUTH: "raw" }).WHATSAPP);
    expect(gateway).toMatchObject({ name: "WHATSAPP", describe: "WhatsApp gateway api.fonnte.com" });

    const base = { WHATSAPP_PROVIDER: "gateway", WHATSAPP_GATEWAY_URL: "https://gateway.contoh.id/send" };
    expect(() => channelsFromEnv({ ...base, WHATSAPP_GATEWAY_PAYLOAD: '{"target":"{to}"' })).toThrow(/^WHATSAPP_GATEWAY_PAYLOAD: templat payload gateway bukan JSON/);
    expect(() => channelsFromEnv({ ...base, WHATSAPP_GATEWAY_AUTH: "basic" })).toThrow(/WHATSAPP_GATEWAY_AUTH harus "bearer" atau "raw"/);
    expect(() => channelsFromEnv({ WHATSAPP_PROVIDER: "gateway" })).toThrow("WHATSAPP_GATEWAY_URL wajib diisi bila WHATSAPP_PROVIDER=gateway");
  });

  it("an unknown WHATSAPP_PROVIDER stops the worker", () => {
    expect(() => channelsFromEnv({ WHATSAPP_PROVIDER: "fonnte" })).toThrow(/WHATSAPP_PROVIDER harus "cloud" atau "gateway"/);
  });
});

describe("workerSettingsFromEnv", () => {
  it("defaults to a 2 s poll, batches of 20, a 2 min lease and a clock sweep each minute, and reads each override", () => {
    expect(workerSettingsFromEnv({})).toEqual({ pollMs: 2_000, batchSize: 20, leaseMs: 120_000, sweepMs: 60_000 });
    expect(workerSettingsFromEnv({ NOTIFY_POLL_MS: "100", NOTIFY_BATCH: "25", NOTIFY_LEASE_MS: "3000", NOTIFY_SWEEP_MS: "500" })).toEqual({
      pollMs: 100,
      batchSize: 25,
      leaseMs: 3_000,
      sweepMs: 500,
    });
  });

  it.each(["0", "-5", "1.5", "dua"])("refuses %s", (value) => {
    expect(() => workerSettingsFromEnv({ NOTIFY_BATCH: value })).toThrow(`NOTIFY_BATCH harus bilangan bulat positif, bukan "${value}"`);
  });
});
