/**
 * The platform's Ed25519 seal. The key comes from SEAL_PRIVATE_KEY or, when
 * that is unset, from a key file in the data folder, generated on first start.
 * Every process that shares a data folder or the variable seals with one key.
 */
import { Inject, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { createPrivateKey, createPublicKey, generateKeyPairSync, sign, verify, type KeyObject } from 'node:crypto';
import { linkSync, mkdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { APP_CONFIG, type AppConfig } from '../../core/config/config';

const KEY_FILE = 'seal-key.pem';

@Injectable()
export class SealService implements OnModuleInit {
  private readonly logger = new Logger(SealService.name);
  private privateKey!: KeyObject;
  private publicKey!: KeyObject;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  onModuleInit() {
    const key = createPrivateKey(this.config.sealPrivateKey ?? this.keyFromDataFolder());
    if (key.asymmetricKeyType !== 'ed25519') throw new Error('SEAL_PRIVATE_KEY must be an Ed25519 private key.');
    this.privateKey = key;
    this.publicKey = createPublicKey(key);
  }

  /** The public key, PEM, as served at /.well-known/covenant-seal.pub. */
  publicKeyPem(): string {
    return this.publicKey.export({ type: 'spki', format: 'pem' }).toString();
  }

  /** Base64 Ed25519 signature of the UTF-8 message. */
  seal(message: string): string {
    return sign(null, Buffer.from(message, 'utf8'), this.privateKey).toString('base64');
  }

  verify(message: string, seal: string): boolean {
    try {
      return verify(null, Buffer.from(message, 'utf8'), this.publicKey, Buffer.from(seal, 'base64'));
    } catch {
      return false;
    }
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
