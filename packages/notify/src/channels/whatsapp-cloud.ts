import { field, httpFailure, httpResponseText, httpUrl, isRetryableStatus, isSuccess, postJson } from "./http";
import type { Channel, OutgoingMessage, SendOutcome } from "./types";

/**
 * A message template approved in WhatsApp Manager. Outside a customer's 24-hour window the Cloud
 * API delivers only templates, so each notice kind is mapped to one.
 */
export interface WhatsAppTemplate {
  name: string;
  /** The template's language code as approved ("id", "en_US"). */
  language: string;
  /** Placeholder names (keys of the message's values, "berkas.nomorRegistrasi"), filling {{1}}, {{2}}, … in order. */
  parameters: string[];
}

export interface WhatsAppCloudConfig {
  /** Graph API base with its version; default DEFAULT_WHATSAPP_CLOUD_API_URL. */
  apiUrl?: string;
  phoneNumberId: string;
  accessToken: string;
  /** Notice kind → template. */
  templates: Readonly<Record<string, WhatsAppTemplate>>;
  timeoutMs?: number;
}

export const DEFAULT_WHATSAPP_CLOUD_API_URL = "https://graph.facebook.com/v21.0";

const DEFAULT_TIMEOUT_MS = 20_000;

/**
 * Meta error codes that mean "later" even when the HTTP status is a plain 400: throughput, spam
 * and pair rate limits, and its own temporary faults.
 */
const RETRYABLE_CLOUD_ERRORS = new Set([1, 2, 4, 80007, 130429, 131000, 131016, 131048, 131056, 133004]);

export function whatsAppCloudChannel(config: WhatsAppCloudConfig): Channel {
  const base = httpUrl(config.apiUrl ?? DEFAULT_WHATSAPP_CLOUD_API_URL, "apiUrl", "alamat WhatsApp Cloud API");
  const endpoint = `${base.href.replace(/\/+$/, "")}/${encodeURIComponent(config.phoneNumberId)}/messages`;
  const timeoutMs = config.timeoutMs ?? DEFAULT_TIMEOUT_MS;

  return {
    name: "WHATSAPP",
    describe: `WhatsApp Cloud API (nomor ${config.phoneNumberId})`,
    async send(message: OutgoingMessage): Promise<SendOutcome> {
      // Own keys only: a kind such as "toString" must not find Object.prototype's.
      const template = Object.hasOwn(config.templates, message.kind) ? config.templates[message.kind] : undefined;
      if (!template) return { ok: false, retryable: false, response: `templat WhatsApp untuk ${message.kind} belum dipetakan` };
      const texts = parameterTexts(template, message.values);
      if (typeof texts === "string") return { ok: false, retryable: false, response: texts };

      const result = await postJson({
        url: endpoint,
        headers: { Authorization: `Bearer ${config.accessToken}` },
        body: templateRequest(message, template, texts),
        timeoutMs,
      });
      if (result.kind === "unreachable") return { ok: false, retryable: true, response: result.response };
      if (isSuccess(result.status)) {
        const id = field(field(field(result.json, "messages"), 0), "id");
        return { ok: true, response: httpResponseText(result), ...(typeof id === "string" ? { providerId: id } : {}) };
      }
      const code = field(field(result.json, "error"), "code");
      const retryable = isRetryableStatus(result.status) || (typeof code === "number" && RETRYABLE_CLOUD_ERRORS.has(code));
      return httpFailure(result, retryable);
    },
  };
}

function templateRequest(message: OutgoingMessage, template: WhatsAppTemplate, texts: string[]): unknown {
  return {
    messaging_product: "whatsapp",
    recipient_type: "individual",
    to: message.to,
    type: "template",
    template: {
      name: template.name,
      language: { code: template.language },
      // A template without variables is refused when sent an empty parameter list.
      ...(texts.length > 0 ? { components: [{ type: "body", parameters: texts.map((text) => ({ type: "text", text })) }] } : {}),
    },
    // Comes back in the status webhooks, so a delivery report can be matched to the outbox row.
    biz_opaque_callback_data: message.messageId,
  };
}

/**
 * The body parameters, or why they cannot be filled. Meta refuses a parameter that is empty or
 * holds a newline, a tab or more than four spaces in a row (error 132018), and a reason or a
 * digest list often does: those become single spaces.
 */
function parameterTexts(template: WhatsAppTemplate, values: Readonly<Record<string, string>>): string[] | string {
  const missing = template.parameters.filter((name) => !Object.hasOwn(values, name));
  if (missing.length > 0) return `templat WhatsApp ${template.name} memerlukan nilai ${missing.map((m) => `{${m}}`).join(", ")} yang tidak ada pada pesan`;
  return template.parameters.map((name) => (values[name] ?? "").replace(/\s+/g, " ").trim() || "-");
}
