/**
 * The platform's Ed25519 seal. The key comes from SEAL_PRIVATE_KEY or
 * SEAL_KEY_FILE or, outside production, from a key file in the data folder,
 * generated on first start. Each seal names its key; every public key ever
 * used is kept in the database, so seals made before a rotation still verify
 * and every process publishes the same keys.
 */
import { Inject, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import {
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  sign,
  verify,
  type KeyObject,
} from 'node:crypto';
import { linkSync, mkdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Repository } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../core/config/config';
import { SealKeyEntity } from './seal-key.entity';

const KEY_FILE = 'seal-key.pem';

/** The key's name: the first 16 hex digits of the SHA-256 of its public key (DER), short enough to read aloud. */
export function sealKeyId(publicKey: KeyObject): string {
  return createHash('sha256')
    .update(publicKey.export({ type: 'spki', format: 'der' }))
    .digest('hex')
    .slice(0, 16);
}

export interface PublishedSealKey {
  keyId: string;
  publicKey: string;
  /** The key this process seals with now. */
  current: boolean;
  firstUsedAt: string;
}

@Injectable()
export class SealService implements OnModuleInit {
  private readonly logger = new Logger(SealService.name);
  private privateKey!: KeyObject;
  private publicKey!: KeyObject;
  private currentKeyId!: string;
  /** Every key this process has read from the database, by id; keys never change, so they are kept. */
  private readonly known = new Map<string, KeyObject>();

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectRepository(SealKeyEntity) private readonly keys: Repository<SealKeyEntity>,
  ) {}

  async onModuleInit() {
    const key = createPrivateKey(this.config.sealPrivateKey ?? this.keyFromDataFolder());
    if (key.asymmetricKeyType !== 'ed25519')
      throw new Error('The seal key (SEAL_PRIVATE_KEY or SEAL_KEY_FILE) must be an Ed25519 private key.');
    this.privateKey = key;
    this.publicKey = createPublicKey(key);
    this.currentKeyId = sealKeyId(this.publicKey);
    // Published before the first seal, so no seal ever names a key that verifiers cannot find.
    await this.keys
      .createQueryBuilder()
      .insert()
      .values({ keyId: this.currentKeyId, publicKey: this.publicKeyPem() })
      .orIgnore()
      .execute();
    this.known.set(this.currentKeyId, this.publicKey);
  }

  /** The id of the key new seals are made with. */
  get keyId(): string {
    return this.currentKeyId;
  }

  /** The current public key, PEM, as served at /.well-known/covenant-seal.pub. */
  publicKeyPem(): string {
    return this.publicKey.export({ type: 'spki', format: 'pem' }).toString();
  }

  /** Every key ever used, oldest first, as served at /.well-known/covenant-seal-keys.json. */
  async publishedKeys(): Promise<PublishedSealKey[]> {
    const rows = await this.keys.find({ order: { firstUsedAt: 'ASC', keyId: 'ASC' } });
    return rows.map((row) => ({
      keyId: row.keyId,
      publicKey: row.publicKey,
      current: row.keyId === this.currentKeyId,
      firstUsedAt: row.firstUsedAt.toISOString(),
    }));
  }

  /** Base64 Ed25519 signature of the UTF-8 message, with the current key (name it with `keyId`). */
  seal(message: string): string {
    return sign(null, Buffer.from(message, 'utf8'), this.privateKey).toString('base64');
  }

  /**
   * Loads any of these keys this process does not hold yet (another process may have published one since);
   * call before `verify`. A null id stands for a seal made before seals named their key: every key is loaded.
   */
  async loadKeys(keyIds: readonly (string | null)[]): Promise<void> {
    if (keyIds.every((id) => id !== null && this.known.has(id))) return;
    for (const row of await this.keys.find()) {
      if (!this.known.has(row.keyId)) this.known.set(row.keyId, createPublicKey(row.publicKey));
    }
  }

  /** Whether the platform publishes this key (after `loadKeys`). */
  knows(keyId: string): boolean {
    return this.known.has(keyId);
  }

  /** Checks the seal with the key it names; a seal that names none is checked against every published key. */
  verify(message: string, seal: string, keyId: string | null): boolean {
    const candidates = keyId === null ? [...this.known.values()] : [this.known.get(keyId)];
    return candidates.some((key) => {
      if (!key) return false;
      try {
        return verify(null, Buffer.from(message, 'utf8'), key, Buffer.from(seal, 'base64'));
      } catch {
        return false;
      }
    });
  }

  private keyFromDataFolder(): string {
    const path = join(this.config.dataDir, KEY_FILE);
    try {
      return readFileSync(path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
    mkdirSync(this.config.dataDir, { recursive: true });
    const pem = generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    // Written aside and linked into place, so a process starting at the same moment reads a whole key or makes none.
    const draft = `${path}.${process.pid}.tmp`;
    writeFileSync(draft, pem, { mode: 0o600 });
    try {
      linkSync(draft, path);
      this.logger.log(`Generated the platform seal key in ${path}; keep it safe and back it up.`);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    } finally {
      unlinkSync(draft);
    }
    return readFileSync(path, 'utf8');
  }
}
