/** What a start with NODE_ENV=production needs, or it refuses: the public address and a kept seal key. */
import { generateKeyPairSync } from 'node:crypto';

/** A fresh Ed25519 seal key, PKCS#8 PEM. */
export function newSealKey(): string {
  return generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
}

export function productionEnv(): Record<string, string> {
  return { NODE_ENV: 'production', PUBLIC_URL: 'https://covenants.example.org', SEAL_PRIVATE_KEY: newSealKey() };
}
