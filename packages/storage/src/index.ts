export type { DocumentStorage, StoredObject } from "./storage";
export { InvalidStorageKeyError, StorageIntegrityError, isStorageKey, keyForSha256, sha256Hex, sha256OfKey } from "./keys";
export { LocalDiskStorage } from "./local-disk";
export { S3Storage, type S3StorageOptions } from "./s3";
export { StorageConfigError, storageFromEnv } from "./config";
export {
  SNIFF_MESSAGES,
  sniffDocument,
  type SniffFailure,
  type SniffResult,
  type SniffedExtension,
  type SniffedMimeType,
} from "./sniff";
export { DISPLAY_NAME_FALLBACK, DISPLAY_NAME_MAX_LENGTH, displayName } from "./filename";
