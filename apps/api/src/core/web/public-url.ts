/**
 * The address people reach the platform at, for links that leave it (the
 * PDF's verification address and QR code). PUBLIC_URL when set (always in
 * production); otherwise the address this process listens on. Never a
 * request's Host header, which whoever sends the request chooses.
 */
import { Inject, Injectable } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { AddressInfo } from 'node:net';
import { APP_CONFIG, type AppConfig } from '../config/config';

const ANY_INTERFACE = new Set(['0.0.0.0', '::', '']);

/** `http://host:port` for a listening socket; `localhost` when it listens on every interface. */
export function listeningUrl(address: AddressInfo | string | null, fallbackPort: number): string {
  if (address === null || typeof address === 'string') return `http://localhost:${fallbackPort}`;
  const host = ANY_INTERFACE.has(address.address)
    ? 'localhost'
    : address.family === 'IPv6'
      ? `[${address.address}]`
      : address.address;
  return `http://${host}:${address.port}`;
}

@Injectable()
export class PublicUrl {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly adapterHost: HttpAdapterHost,
  ) {}

  base(): string {
    if (this.config.publicUrl) return this.config.publicUrl;
    const server = this.adapterHost.httpAdapter.getHttpServer() as { address(): AddressInfo | string | null };
    return listeningUrl(server.address(), this.config.port);
  }
}
