export {
  createKeyVault,
  type KeyVault,
  type KeyVaultOptions,
  type PutKeyMeta,
  type RotationResult,
  type VerificationMeta,
} from './createKeyVault';
export {
  type EncryptionKeys,
  type EncryptionKeysFromEnvOptions,
  encryptionKeysFromEnv,
  generateEncryptionKey,
} from './encryptionKeys';
export type { KeyStore, StoredKeyRecord } from './KeyStore';
export { memoryStore } from './memoryStore';
export {
  type PostgresPool,
  type PostgresPoolClient,
  type PostgresResult,
  type PostgresStoreOptions,
  postgresStore,
} from './postgresStore';
export { type SqliteStoreOptions, sqliteStore } from './sqliteStore';
