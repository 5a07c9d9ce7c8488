/**
 * The notification worker's settings, read once at startup: the only module in the package that
 * reads process.env. A channel that is not set up is reported as such (its messages wait); one
 * that is set up wrongly stops the worker here, with the variable to fix, rather than failing
 * every message later.
 */
import { isNoticeKind, NOTICE_KINDS, NOTICE_PLACEHOLDERS } from "@perizinan/domain";
import { z } from "zod";
import { smtpChannel } from "./channels/email";
import { ChannelSettingError } from "./channels/setting-error";
import { isConfigured, type Channel, type ConfiguredChannels, type Unconfigured } from "./channels/types";
import { whatsAppCloudChannel, type WhatsAppTemplate } from "./channels/whatsapp-cloud";
import { whatsAppGatewayChannel } from "./channels/whatsapp-gateway";

type Env = Readonly<Record<string, string | undefined>>;

export { isConfigured, type ConfiguredChannels };

export interface WorkerSettings {
  /** Pause between passes when the last one found nothing to do. */
  pollMs: number;
  /** Messages claimed per pass. */
  batchSize: number;
  /** How long a claimed message stays with its worker before another may take it over. */
  leaseMs: number;
  /** How often the SOP's clock and the morning digests are looked at. */
  sweepMs: number;
}


export function channelsFromEnv(env: Env = process.env): ConfiguredChannels {
  return { EMAIL: emailFromEnv(env), WHATSAPP: whatsAppFromEnv(env) };
}

export function workerSettingsFromEnv(env: Env = process.env): WorkerSettings {
  return {
    pollMs: positiveInteger(env, "NOTIFY_POLL_MS", 2_000),
    batchSize: positiveInteger(env, "NOTIFY_BATCH", 20),
    leaseMs: positiveInteger(env, "NOTIFY_LEASE_MS", 120_000),
    sweepMs: positiveInteger(env, "NOTIFY_SWEEP_MS", 60_000),
  };
}

function emailFromEnv(env: Env): Channel | Unconfigured {
  const url = read(env, "SMTP_URL");
  if (!url) return { name: "EMAIL", unconfigured: "SMTP belum diatur" };
  const from = read(env, "MAIL_FROM");
  if (!from) throw new Error('MAIL_FROM wajib diisi bila SMTP_URL diatur, misalnya MAIL_FROM="Nama Kantor <notifikasi@domain.go.id>"');
  return built({ url: "SMTP_URL", from: "MAIL_FROM" }, () => smtpChannel({ url, from }));
}

function whatsAppFromEnv(env: Env): Channel | Unconfigured {
  const provider = read(env, "WHATSAPP_PROVIDER");
  if (!provider) return { name: "WHATSAPP", unconfigured: "WhatsApp belum diatur" };
  if (provider === "cloud") {
    const templates = whatsAppTemplates(required(env, "WHATSAPP_TEMPLATES", "cloud"));
    return built({ apiUrl: "WHATSAPP_CLOUD_API_URL" }, () =>
      whatsAppCloudChannel({
        apiUrl: read(env, "WHATSAPP_CLOUD_API_URL"),
        phoneNumberId: required(env, "WHATSAPP_CLOUD_PHONE_NUMBER_ID", "cloud"),
        accessToken: required(env, "WHATSAPP_CLOUD_TOKEN", "cloud"),
        templates,
      }),
    );
  }
  if (provider === "gateway") {
    const auth = read(env, "WHATSAPP_GATEWAY_AUTH") ?? "bearer";
    if (auth !== "bearer" && auth !== "raw") throw new Error(`WHATSAPP_GATEWAY_AUTH harus "bearer" atau "raw", bukan "${auth}"`);
    return built({ url: "WHATSAPP_GATEWAY_URL", payloadTemplate: "WHATSAPP_GATEWAY_PAYLOAD" }, () =>
      whatsAppGatewayChannel({
        url: required(env, "WHATSAPP_GATEWAY_URL", "gateway"),
        token: read(env, "WHATSAPP_GATEWAY_TOKEN"),
        payloadTemplate: read(env, "WHATSAPP_GATEWAY_PAYLOAD"),
        authScheme: auth,
      }),
    );
  }
  throw new Error(`WHATSAPP_PROVIDER harus "cloud" atau "gateway" (atau dikosongkan bila WhatsApp tidak dipakai), bukan "${provider}"`);
}

const KNOWN_PLACEHOLDERS = new Set(Object.entries(NOTICE_PLACEHOLDERS).flatMap(([group, names]) => names.map((name) => `${group}.${name}`)));

/**
 * Kinds and placeholder names are checked against the domain's lists: a typo would otherwise
 * surface only as every such message failing, one by one, in the log.
 */
const templatesSchema = z
  .record(
    z.string(),
    z.strictObject({
      name: z.string({ error: "name (nama templat di WhatsApp Manager) wajib diisi" }).trim().min(1, "name tidak boleh kosong"),
      language: z.string({ error: 'language (kode bahasa templat, misalnya "id") wajib diisi' }).trim().min(1, "language tidak boleh kosong"),
      parameters: z
        .array(z.string().refine((p) => KNOWN_PLACEHOLDERS.has(p), { error: (issue) => `"${String(issue.input)}" bukan nama isian yang dikenal (misalnya "berkas.nomorRegistrasi")` }))
        .default([]),
    }),
  )
  // Checked here rather than by a key schema: zod reports a refused record key without its message.
  .superRefine((templates, ctx) => {
    for (const kind of Object.keys(templates).filter((k) => !isNoticeKind(k))) {
      ctx.addIssue({ code: "custom", path: [kind], message: `jenis pemberitahuan tidak dikenal; yang ada: ${NOTICE_KINDS.join(", ")}` });
    }
  });

function whatsAppTemplates(json: string): Record<string, WhatsAppTemplate> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch (error) {
    throw new Error(`WHATSAPP_TEMPLATES bukan JSON yang sah (${error instanceof Error ? error.message : String(error)})`, { cause: error });
  }
  const result = templatesSchema.safeParse(parsed);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => (issue.path.length > 0 ? `${issue.path.join(".")}: ${issue.message}` : issue.message));
    throw new Error(`WHATSAPP_TEMPLATES tidak sah: ${problems.join("; ")}`);
  }
  return result.data;
}

/**
 * Builds a channel, naming the environment variable behind a setting it refused: the channel
 * knows its fields, only this module knows where they came from.
 */
function built(variables: Record<string, string>, build: () => Channel): Channel {
  try {
    return build();
  } catch (error) {
    if (error instanceof ChannelSettingError) throw new Error(`${variables[error.setting] ?? error.setting}: ${error.message}`, { cause: error });
    throw error;
  }
}

/** A value, trimmed; an empty one counts as unset (docker-compose and .env files leave them empty). */
function read(env: Env, name: string): string | undefined {
  const value = env[name]?.trim();
  return value ? value : undefined;
}

function required(env: Env, name: string, provider: string): string {
  const value = read(env, name);
  if (!value) throw new Error(`${name} wajib diisi bila WHATSAPP_PROVIDER=${provider}`);
  return value;
}

function positiveInteger(env: Env, name: string, fallback: number): number {
  const value = read(env, name);
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n < 1) throw new Error(`${name} harus bilangan bulat positif, bukan "${value}"`);
  return n;
}
