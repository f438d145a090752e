import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { type StripeSandbox, startStripeSandbox } from '@pelago/connect-testing';
import {
  type ConnectHandler,
  type ConnectHandlerOptions,
  createConnectHandler,
} from '../src/http/createConnectHandler';
import { toNodeHandler } from '../src/http/toNodeHandler';
import { createPelagoConnect, type PelagoConnectLogger } from '../src/stripe/index';
import { generateEncryptionKey } from '../src/vault/encryptionKeys';
import { createKeyVault, type KeyStore, type KeyVault } from '../src/vault/index';

/** An answer as tests see it. */
export interface ApiAnswer {
  status: number;
  headers: Headers;
  // biome-ignore lint/suspicious/noExplicitAny: test answers are inspected field by field
  body: any;
  text: string;
}

/** Options of one {@link HandlerTestServer.call}. */
export interface CallOptions {
  method?: string;
  /** A JSON value, or a string sent as it is. */
  body?: unknown;
  /** Who calls: `"<merchantId>:<role>"` (the test app's session token), or null for nobody. */
  as?: string | null;
  headers?: Record<string, string>;
  /** Content-Type for a body; default application/json. */
  contentType?: string | null;
}

/** A sandbox, a vault and the handler behind node:http on 127.0.0.1, for end-to-end tests. */
export interface HandlerTestServer {
  sandbox: StripeSandbox;
  url: string;
  basePath: string;
  vault: KeyVault;
  encryptionKeys: { k1: string; k2: string };
  /** Every answer body and header line, for leak checks. */
  seen: string[];
  /** Every line the SDK and the handler logged, at any level. */
  logs: string[];
  call(path: string, options?: CallOptions): Promise<ApiAnswer>;
  /** Another handler instance (own in-flight map) on the same store, behind its own server. */
  startInstance(overrides?: Partial<ConnectHandlerOptions>): Promise<{ url: string }>;
  /** Calls a server at `url` the same way `call` does. */
  callAt(url: string, path: string, options?: CallOptions): Promise<ApiAnswer>;
  stop(): Promise<void>;
}

export const ALLOWED_ORIGIN = 'https://admin.pelago.example';

/**
 * Starts the stack. `makeStore` gives a store on the same database each call. The test app's
 * `authorize` reads `Authorization: Bearer <merchantId>:<role>`, standing in for a real session.
 * `handlerOptions` apply to every handler instance (audit hooks, for example).
 */
export async function startHandlerTestServer(
  makeStore: () => KeyStore | Promise<KeyStore>,
  handlerOptions: Partial<ConnectHandlerOptions> = {},
): Promise<HandlerTestServer> {
  const seen: string[] = [];
  const logs: string[] = [];
  const line =
    (level: string) =>
    (message: string, fields?: Record<string, unknown>): void => {
      logs.push(`${level} ${message} ${JSON.stringify(fields)}`);
    };
  // One logger for the SDK and the handler, so leak checks see every line either writes.
  const logger: Required<PelagoConnectLogger> = {
    debug: line('debug'),
    info: line('info'),
    warn: line('warn'),
    error: line('error'),
  };
  const sandbox = await startStripeSandbox();
  const connect = createPelagoConnect({
    mode: 'test',
    stripe: { host: sandbox.host, port: sandbox.port, protocol: 'http' },
    maxNetworkRetries: 0,
    logger,
  });
  const encryptionKeys = { k1: generateEncryptionKey(), k2: generateEncryptionKey() };
  const vault = createKeyVault({
    store: await makeStore(),
    encryptionKeys: { current: 'k1', keys: { k1: encryptionKeys.k1 } },
  });
  const basePath = '/api/pelago';
  const servers: http.Server[] = [];
  const vaults: KeyVault[] = [vault];

  const serve = async (handler: ConnectHandler): Promise<string> => {
    const server = http.createServer(toNodeHandler(handler));
    servers.push(server);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  };
  const handlerWith = (overrides: Partial<ConnectHandlerOptions> = {}) =>
    createConnectHandler({
      connect,
      vault,
      authorize: (request) => {
        const token = /^Bearer (.+):(\w+)$/.exec(request.headers.get('authorization') ?? '');
        return token ? { merchantId: token[1]!, role: token[2]! } : null;
      },
      basePath,
      allowedOrigins: [ALLOWED_ORIGIN],
      logger,
      ...handlerOptions,
      ...overrides,
    });

  const callAt = async (url: string, path: string, options: CallOptions = {}) => {
    const {
      method = 'GET',
      body,
      as = 'merchant-a:owner',
      contentType = 'application/json',
    } = options;
    const headers: Record<string, string> = { ...options.headers };
    if (as !== null) headers.authorization = `Bearer ${as}`;
    if (body !== undefined && contentType !== null) headers['content-type'] = contentType;
    const response = await fetch(`${url}${path}`, {
      method,
      headers,
      ...(body !== undefined
        ? { body: typeof body === 'string' ? body : JSON.stringify(body) }
        : {}),
    });
    const text = await response.text();
    seen.push(text, JSON.stringify([...response.headers]));
    let parsed: unknown = null;
    try {
      parsed = text ? JSON.parse(text) : null;
    } catch {
      parsed = text;
    }
    return { status: response.status, headers: response.headers, body: parsed, text };
  };

  const url = await serve(handlerWith());
  return {
    sandbox,
    url,
    basePath,
    vault,
    encryptionKeys,
    seen,
    logs,
    call: (path, options) => callAt(url, path, options),
    callAt,
    async startInstance(overrides = {}) {
      const ownVault = createKeyVault({
        store: await makeStore(),
        encryptionKeys: { current: 'k1', keys: { k1: encryptionKeys.k1 } },
      });
      vaults.push(ownVault);
      return { url: await serve(handlerWith({ vault: ownVault, ...overrides })) };
    },
    async stop() {
      for (const server of servers) {
        server.closeAllConnections();
        await new Promise<void>((resolve) => server.close(() => resolve()));
      }
      for (const each of vaults) await each.close();
      await sandbox.stop();
    },
  };
}
