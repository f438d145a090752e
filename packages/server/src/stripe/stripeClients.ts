import Stripe from 'stripe';
import { version } from '../../package.json';

/** Where the `stripe` package sends requests (a local sandbox in tests and demos). */
export interface StripeEndpoint {
  host?: string;
  port?: number;
  protocol?: 'http' | 'https';
}

/** Settings shared by every client. */
export interface StripeClientSettings {
  stripe?: StripeEndpoint;
  maxNetworkRetries: number;
  timeout: number;
  apiVersion?: string;
}

const MAX_CLIENTS = 100;

/** How the kit introduces itself to Stripe in the User-Agent. */
export const appInfo = {
  name: 'Pelago Connect Kit',
  version,
};

/**
 * `stripe` clients by key, so each merchant's key gets one client and its connection pool.
 * Bounded: the least recently used client is dropped past {@link MAX_CLIENTS}.
 */
export class StripeClients {
  private readonly clients = new Map<string, Stripe>();

  constructor(private readonly settings: StripeClientSettings) {}

  /** The client for `key`, created on first use. */
  get(key: string): Stripe {
    const existing = this.clients.get(key);
    if (existing) {
      // Re-insert to mark it as recently used.
      this.clients.delete(key);
      this.clients.set(key, existing);
      return existing;
    }
    const client = new Stripe(key, {
      ...this.settings.stripe,
      maxNetworkRetries: this.settings.maxNetworkRetries,
      timeout: this.settings.timeout,
      appInfo,
      telemetry: false,
      ...(this.settings.apiVersion
        ? { apiVersion: this.settings.apiVersion as Stripe.StripeConfig['apiVersion'] }
        : {}),
    });
    this.clients.set(key, client);
    if (this.clients.size > MAX_CLIENTS) {
      const oldest = this.clients.keys().next().value;
      if (oldest !== undefined) this.clients.delete(oldest);
    }
    return client;
  }
}
