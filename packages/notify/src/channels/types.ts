/**
 * A channel carries one rendered message to one address. The outbox worker calls it outside any
 * transaction and records what it answered; a channel never throws for a refusal — it says
 * whether trying again may help.
 */
export type ChannelName = "EMAIL" | "WHATSAPP";

export interface OutgoingMessage {
  /**
   * The idempotency key of (event, recipient, channel): the same on every attempt, sent along as
   * the message id (Message-ID for email, the gateway's reference), so a duplicate after a worker
   * died mid-send can be recognised by the receiver.
   */
  messageId: string;
  /** An email address or a WhatsApp number in international form without "+" (62812…). */
  to: string;
  /** The notice kind (e.g. FILE_RETURNED): what a WhatsApp Cloud template is mapped from. */
  kind: string;
  subject: string;
  /** Plain text, Indonesian, with its links written out. */
  text: string;
  /** The placeholder values the text was filled from ("berkas.nomorRegistrasi" → …): a template's parameters. */
  values: Record<string, string>;
}

export type SendOutcome =
  /** Accepted by the server; `response` is its answer as logged (e.g. "250 2.0.0 OK"). */
  | { ok: true; response: string; providerId?: string }
  /** Refused or unreachable; `retryable` false when the server said the message can never go (a 5xx, an unknown template). */
  | { ok: false; retryable: boolean; response: string };

export interface Channel {
  readonly name: ChannelName;
  /** Short description for the log and the admin page ("SMTP mail.example.go.id:587"). */
  readonly describe: string;
  send(message: OutgoingMessage): Promise<SendOutcome>;
  /** Closes pooled connections. */
  close?(): Promise<void>;
}

/** A channel that is not configured: messages stay in the outbox with this reason. */
export interface Unconfigured {
  readonly name: ChannelName;
  readonly unconfigured: string;
}

// A type alias rather than an interface: Object.values() then knows its values' type.
/** The worker's channels: each configured, or the reason it is not. */
export type ConfiguredChannels = Record<ChannelName, Channel | Unconfigured>;

export const isConfigured = (c: Channel | Unconfigured): c is Channel => "send" in c;
