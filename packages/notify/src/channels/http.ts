import { ChannelSettingError } from "./setting-error";
import type { SendOutcome } from "./types";

/** What an HTTP provider answered, or why it could not be asked. */
export type HttpResult =
  | { kind: "answer"; status: number; text: string; json: unknown }
  | { kind: "unreachable"; response: string };

export interface JsonPost {
  url: string;
  headers: Record<string, string>;
  body: unknown;
  timeoutMs: number;
}

/** Long enough for a provider's explanation, short enough for the log and the admin page. */
const RESPONSE_LIMIT = 500;

/**
 * POSTs a JSON body. The timeout covers reading the answer too, so a provider that stalls
 * mid-body cannot hold the worker past its lease.
 */
export async function postJson(post: JsonPost): Promise<HttpResult> {
  try {
    const res = await fetch(post.url, {
      method: "POST",
      headers: { "Content-Type": "application/json", Accept: "application/json", ...post.headers },
      body: JSON.stringify(post.body),
      signal: AbortSignal.timeout(post.timeoutMs),
      redirect: "error",
    });
    const text = await res.text();
    return { kind: "answer", status: res.status, text, json: parseJsonOrNull(text) };
  } catch (error) {
    return { kind: "unreachable", response: unreachableReason(error, post.timeoutMs) };
  }
}

function parseJsonOrNull(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}

function unreachableReason(error: unknown, timeoutMs: number): string {
  if (error instanceof Error && (error.name === "TimeoutError" || error.name === "AbortError")) {
    return `tidak ada jawaban dalam ${Math.round(timeoutMs / 1000)} detik`;
  }
  // fetch says only "fetch failed"; what happened (ECONNREFUSED, ENOTFOUND …) is in its cause.
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
  return `tidak tersambung: ${cause instanceof Error ? cause.message : String(cause)}`;
}

export const isSuccess = (status: number): boolean => status >= 200 && status < 300;

/**
 * Rate limits and server faults pass; any other refusal would be refused again. 401 is the
 * exception: a rejected token says nothing about the message, and retrying lets it go once the
 * office renews the token instead of every queued message being given up meanwhile.
 */
export const isRetryableStatus = (status: number): boolean => status === 429 || status >= 500 || status === 401;

export function httpFailure(answer: { status: number; text: string; json: unknown }, retryable: boolean): SendOutcome {
  return { ok: false, retryable, response: httpResponseText(answer) };
}

/** "HTTP 400: <the provider's explanation, else its raw body>", cut to a loggable length. */
export function httpResponseText(answer: { status: number; text: string; json: unknown }): string {
  const explanation = providerExplanation(answer.json) ?? answer.text.trim();
  return truncate(`HTTP ${answer.status}${explanation ? `: ${explanation}` : ""}`);
}

/** The human part of an error body in the shapes providers use: Meta's error.message, gateways' message/reason. */
export function providerExplanation(json: unknown): string | undefined {
  const error = field(json, "error");
  const candidates = [field(error, "message"), error, field(json, "message"), field(json, "reason"), field(json, "detail")];
  const found = candidates.find((c): c is string => typeof c === "string" && c.trim() !== "");
  return found?.trim();
}

export function truncate(text: string, limit = RESPONSE_LIMIT): string {
  return text.length <= limit ? text : `${text.slice(0, limit - 1)}…`;
}

/** One step into parsed JSON of unknown shape. */
export function field(value: unknown, key: string | number): unknown {
  return typeof value === "object" && value !== null ? (value as Record<string | number, unknown>)[key] : undefined;
}

/**
 * A provider's address, checked when the channel is built. Credentials in it are refused: fetch
 * would reject the request with an error quoting the whole address, password and all.
 */
export function httpUrl(url: string, setting: string, label: string): URL {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new ChannelSettingError(setting, `${label} bukan alamat yang sah`);
  }
  if (parsed.protocol !== "https:" && parsed.protocol !== "http:") {
    throw new ChannelSettingError(setting, `${label} harus berupa alamat http(s)`);
  }
  if (parsed.username || parsed.password) {
    throw new ChannelSettingError(setting, `${label} tidak boleh memuat nama pengguna atau sandi; gunakan token`);
  }
  return parsed;
}
