import { field, httpFailure, httpResponseText, httpUrl, isRetryableStatus, isSuccess, postJson, providerExplanation, truncate } from "./http";
import { ChannelSettingError } from "./setting-error";
import type { Channel, OutgoingMessage, SendOutcome } from "./types";

/** "bearer": `<header>: Bearer <token>`; "raw": `<header>: <token>` (Fonnte and the like). */
export type GatewayAuthScheme = "bearer" | "raw";

export interface WhatsAppGatewayConfig {
  url: string;
  token?: string;
  /** A JSON document whose strings may hold {to}, {text}, {messageId} and {subject}; default DEFAULT_GATEWAY_PAYLOAD. */
  payloadTemplate?: string;
  /** Header carrying the token; default "Authorization". */
  authHeader?: string;
  authScheme?: GatewayAuthScheme;
  timeoutMs?: number;
}

export const DEFAULT_GATEWAY_PAYLOAD = '{"target":"{to}","message":"{text}"}';

const DEFAULT_TIMEOUT_MS = 20_000;

type PayloadField = "to" | "text" | "messageId" | "subject";
const PAYLOAD_FIELDS: readonly PayloadField[] = ["to", "text", "messageId", "subject"];
const PLACEHOLDER = /\{([A-Za-z]+)\}/g;

/**
 * A generic HTTP gateway (most Indonesian WhatsApp gateways): one POST per message, shaped by the
 * office's payload template. Throws a ChannelSettingError for a template that is not JSON.
 */
export function whatsAppGatewayChannel(config: WhatsAppGatewayConfig): Channel {
  const url = httpUrl(config.url, "url", "alamat gateway WhatsApp");
  const payload = compilePayload(config.payloadTemplate ?? DEFAULT_GATEWAY_PAYLOAD);
  const authHeaders = config.token ? { [config.authHeader ?? "Authorization"]: config.authScheme === "raw" ? config.token : `Bearer ${config.token}` } : {};
  const timeoutMs = config.timeoutMs ?? DEFAULT_TIMEOUT_MS;

  return {
    name: "WHATSAPP",
    // The host only: gateways often take their token in the path or the query.
    describe: `WhatsApp gateway ${url.host}`,
    async send(message: OutgoingMessage): Promise<SendOutcome> {
      const result = await postJson({
        url: url.href,
        headers: { ...authHeaders, "Idempotency-Key": message.messageId },
        body: payload(message),
        timeoutMs,
      });
      if (result.kind === "unreachable") return { ok: false, retryable: true, response: result.response };
      if (!isSuccess(result.status)) return httpFailure(result, isRetryableStatus(result.status));
      // Fonnte, Wablas and their kin answer a refusal (bad number, device offline, no quota)
      // with 200 and "status": false; only their words say why.
      if (field(result.json, "status") === false) {
        return { ok: false, retryable: false, response: truncate(`ditolak gateway: ${providerExplanation(result.json) ?? result.text.trim()}`) };
      }
      const providerId = gatewayMessageId(result.json);
      return { ok: true, response: httpResponseText(result), ...(providerId ? { providerId } : {}) };
    },
  };
}

/**
 * Parses the template once and fills its strings per message. Substituting into parsed strings
 * (not into the raw text) is what keeps a quote, a newline or an emoji in a message from breaking
 * the JSON or adding a field of its own.
 */
function compilePayload(template: string): (message: OutgoingMessage) => unknown {
  let parsed: unknown;
  try {
    parsed = JSON.parse(template);
  } catch (error) {
    const reason = error instanceof Error ? `: ${error.message}` : "";
    throw new ChannelSettingError("payloadTemplate", `templat payload gateway bukan JSON yang sah${reason}`);
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) {
    throw new ChannelSettingError("payloadTemplate", "templat payload gateway harus berupa objek JSON ({…})");
  }
  const used = new Set<string>();
  collectPlaceholders(parsed, used);
  const unknown = [...used].filter((name) => !(PAYLOAD_FIELDS as readonly string[]).includes(name));
  if (unknown.length > 0) {
    throw new ChannelSettingError("payloadTemplate", `templat payload gateway memuat ${unknown.map((u) => `{${u}}`).join(", ")}; yang dikenal hanya {to}, {text}, {messageId} dan {subject}`);
  }
  for (const required of ["to", "text"]) {
    if (!used.has(required)) throw new ChannelSettingError("payloadTemplate", `templat payload gateway harus memuat {${required}} di dalam sebuah teks`);
  }
  return (message) => fill(parsed, message);
}

function collectPlaceholders(value: unknown, into: Set<string>): void {
  if (typeof value === "string") {
    for (const match of value.matchAll(PLACEHOLDER)) into.add(match[1] ?? "");
  } else if (Array.isArray(value)) {
    for (const item of value) collectPlaceholders(item, into);
  } else if (typeof value === "object" && value !== null) {
    for (const item of Object.values(value)) collectPlaceholders(item, into);
  }
}

function fill(value: unknown, message: OutgoingMessage): unknown {
  if (typeof value === "string") return value.replace(PLACEHOLDER, (whole, name: string) => ((PAYLOAD_FIELDS as readonly string[]).includes(name) ? message[name as PayloadField] : whole));
  if (Array.isArray(value)) return value.map((item) => fill(item, message));
  if (typeof value === "object" && value !== null) return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, fill(item, message)]));
  return value;
}

/** The gateway's own id for the message, where the common shapes put it (Fonnte: id: ["…"]; Wablas: data.messages[0].id). */
function gatewayMessageId(json: unknown): string | undefined {
  const id = field(json, "id");
  const candidates = [Array.isArray(id) ? id[0] : id, field(field(json, "data"), "id"), field(field(field(field(json, "data"), "messages"), 0), "id"), field(field(field(json, "messages"), 0), "id")];
  const found = candidates.find((c) => typeof c === "string" || typeof c === "number");
  return found === undefined ? undefined : String(found);
}
