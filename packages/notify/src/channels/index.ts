export type { Channel, ChannelName, OutgoingMessage, SendOutcome, Unconfigured } from "./types";
export { ChannelSettingError } from "./setting-error";
export { emailMessageId, smtpChannel, type SmtpChannelConfig } from "./email";
export { DEFAULT_WHATSAPP_CLOUD_API_URL, whatsAppCloudChannel, type WhatsAppCloudConfig, type WhatsAppTemplate } from "./whatsapp-cloud";
export { DEFAULT_GATEWAY_PAYLOAD, whatsAppGatewayChannel, type GatewayAuthScheme, type WhatsAppGatewayConfig } from "./whatsapp-gateway";
export { channelsFromEnv, isConfigured, workerSettingsFromEnv, type ConfiguredChannels, type WorkerSettings } from "../config";
