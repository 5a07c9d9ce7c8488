import { createHash } from "node:crypto";
import { createTransport, type NodemailerError } from "nodemailer";
import { ChannelSettingError } from "./setting-error";
import type { Channel, OutgoingMessage, SendOutcome } from "./types";

export interface SmtpChannelConfig {
  /** smtp://user:pass@host:port (STARTTLS when the server offers it) or smtps://… (TLS from the first byte). */
  url: string;
  /** The sender, "Nama <alamat@domain>" or a bare address; its domain ends every Message-ID. */
  from: string;
  /**
   * Limit for connecting, for the greeting and for a silent socket, in ms. Nodemailer's own
   * defaults (2 min to connect, 10 min of silence) would let an unreachable server hold the
   * worker past its lease; tests pass a short one.
   */
  timeoutMs?: number;
}

const DEFAULT_TIMEOUT_MS = 20_000;

/** Email over SMTP, through a small pool so a batch does not open a connection per message. */
export function smtpChannel(config: SmtpChannelConfig): Channel {
  const server = smtpServer(config.url);
  const domain = senderDomain(config.from);
  const timeoutMs = config.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const transport = createTransport({
    url: config.url,
    pool: true,
    connectionTimeout: timeoutMs,
    greetingTimeout: timeoutMs,
    socketTimeout: timeoutMs,
    dnsTimeout: timeoutMs,
  });

  return {
    name: "EMAIL",
    describe: `SMTP ${server.host}:${server.port}`,
    async send(message: OutgoingMessage): Promise<SendOutcome> {
      try {
        const info = await transport.sendMail({
          from: config.from,
          to: message.to,
          subject: message.subject,
          text: message.text,
          messageId: messageIdAt(message.messageId, domain),
          headers: { "X-Perizinan-Key": message.messageId },
        });
        return { ok: true, response: info.response };
      } catch (error) {
        return smtpFailure(error);
      }
    },
    close(): Promise<void> {
      transport.close();
      return Promise.resolve();
    },
  };
}

/**
 * The Message-ID a message with this idempotency key carries. The key holds "|" and ":", which a
 * Message-ID's local part may not, so it goes in hashed: the same key gives the same id on every
 * attempt, which is what lets a receiver drop a second copy.
 */
export function emailMessageId(key: string, from: string): string {
  return messageIdAt(key, senderDomain(from));
}

function messageIdAt(key: string, domain: string): string {
  return `<${createHash("sha256").update(key, "utf8").digest("hex")}@${domain}>`;
}

/** The domain of "Nama <alamat@domain>" or of a bare "alamat@domain". */
function senderDomain(from: string): string {
  const address = (/<([^<>]*)>\s*$/.exec(from)?.[1] ?? from).trim();
  const match = /^[^\s@<>]+@([^\s@<>]+\.[^\s@<>]+)$/.exec(address);
  if (!match?.[1]) throw new ChannelSettingError("from", `alamat pengirim "${from}" tidak sah; tulis misalnya "Nama Kantor <notifikasi@domain.go.id>"`);
  return match[1].toLowerCase();
}

/**
 * Host and port for the log, checked before nodemailer sees the URL. Neither the URL nor its
 * user is repeated in a message: both would put the password within one copy-paste of the log.
 */
function smtpServer(url: string): { host: string; port: number } {
  const invalid = new ChannelSettingError("url", "alamat SMTP tidak sah; tulis smtp://pengguna:sandi@host:port, atau smtps://… untuk TLS langsung");
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw invalid;
  }
  const secure = parsed.protocol === "smtps:";
  if ((!secure && parsed.protocol !== "smtp:") || !parsed.hostname) throw invalid;
  // Nodemailer's defaults when the URL names no port.
  return { host: parsed.hostname, port: parsed.port ? Number(parsed.port) : secure ? 465 : 587 };
}

function smtpFailure(error: unknown): SendOutcome {
  const e: NodemailerError = error instanceof Error ? error : new Error(String(error));
  const response = e.response?.trim() || `${e.code ?? "ERROR"}: ${e.message}`;
  return { ok: false, retryable: smtpRetryable(e), response };
}

function smtpRetryable(e: NodemailerError): boolean {
  // A refused login says nothing about the message (often a 535, which would read as final):
  // retrying lets the queue go once the office fixes SMTP_URL instead of every message being given up.
  if (e.code === "EAUTH" || e.code === "ENOAUTH") return true;
  // 4xx is the server's "later", 5xx its "never".
  if (e.responseCode) return e.responseCode < 500;
  // Without a reply: an address nodemailer itself refused is as final as a 5xx; anything else
  // (refused connection, DNS, TLS, a timeout, a dropped line) is the road, not the message.
  return e.code !== "EENVELOPE" && e.code !== "EMESSAGE" && e.code !== "ECONFIG";
}
