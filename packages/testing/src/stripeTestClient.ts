import Stripe from 'stripe';

/** A Stripe object as JSON, as the `stripe` package returns it. */
export type StripeJson = { id: string; object: string } & Record<string, unknown>;

/** The part of the `stripe` package's client that the sandbox tests use. */
export interface TestStripeClient {
  charges: {
    create(
      params: Record<string, unknown>,
      options?: { idempotencyKey?: string },
    ): Promise<StripeJson>;
    retrieve(id: string): Promise<StripeJson>;
    list(params?: Record<string, unknown>): Promise<{ data: StripeJson[]; has_more: boolean }>;
  };
  refunds: {
    create(
      params: Record<string, unknown>,
      options?: { idempotencyKey?: string },
    ): Promise<StripeJson>;
    retrieve(id: string): Promise<StripeJson>;
    list(params?: Record<string, unknown>): Promise<{ data: StripeJson[]; has_more: boolean }>;
  };
  balance: { retrieve(): Promise<unknown> };
}

/** A real `stripe` package client pointed at a sandbox, for this package's tests. */
export function testStripeClient(
  port: number,
  key: string,
  config: Record<string, unknown> = {},
): TestStripeClient {
  return new Stripe(key, {
    host: '127.0.0.1',
    port,
    protocol: 'http',
    maxNetworkRetries: 0,
    telemetry: false,
    ...config,
  }) as unknown as TestStripeClient;
}
