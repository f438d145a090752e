// The kit's server side for this example, made on the first request and never at import:
// `next build` evaluates route modules, and a build must read no secret and create no file.
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  type ConnectHandler,
  createConnectHandler,
  createKeyVault,
  createPelagoConnect,
  generateEncryptionKey,
  sqliteStore,
} from '@pelago/connect-server';
import type { StripeSandbox } from '@pelago/connect-testing';

interface PelagoServer {
  handler: ConnectHandler;
  /** Set when this process started its own sandbox. */
  sandbox?: StripeSandbox;
}

// Kept on globalThis so that `next dev` re-evaluating this module does not start a second one.
const cache = globalThis as typeof globalThis & { pelagoServer?: Promise<PelagoServer> };

/** The Pelago Connect handler, created once per process on first use. */
export function pelagoHandler(): Promise<ConnectHandler> {
  cache.pelagoServer ??= createPelagoServer().catch((error: unknown) => {
    // A failed start is not cached: the next request tries again.
    cache.pelagoServer = undefined;
    throw error;
  });
  return cache.pelagoServer.then((server) => server.handler);
}

async function createPelagoServer(): Promise<PelagoServer> {
  // PELAGO_STRIPE_SANDBOX points at a sandbox already running (the tests start their own);
  // otherwise the example starts one and prints its keys, ready to paste.
  const sandbox = process.env.PELAGO_STRIPE_SANDBOX ? undefined : await startSandbox();
  const stripe = sandbox
    ? { host: sandbox.host, port: sandbox.port, protocol: 'http' as const }
    : sandboxAddress(process.env.PELAGO_STRIPE_SANDBOX!);
  if (sandbox) printSandboxKeys(sandbox);

  const dataDir = process.env.PELAGO_DATA_DIR ?? join(process.cwd(), '.data');
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const vault = createKeyVault({
    store: sqliteStore(join(dataDir, 'keys.db')),
    encryptionKeys: { current: 'k1', keys: { k1: readOrCreateEncryptionKey(dataDir) } },
  });
  const handler = createConnectHandler({
    connect: createPelagoConnect({ mode: 'test', stripe }),
    vault,
    basePath: '/api/pelago',
    // A real site reads its own session here; the example has one signed-in merchant owner.
    authorize: () => ({ merchantId: 'acme-events', role: 'owner' }),
  });
  return sandbox ? { handler, sandbox } : { handler };
}

/**
 * The sandbox loads its Stripe emulator with require() at run time, which a bundle cannot follow,
 * so Node.js imports it from node_modules instead of the bundle.
 */
async function startSandbox(): Promise<StripeSandbox> {
  const testing: typeof import('@pelago/connect-testing') = await import(
    /* webpackIgnore: true */ '@pelago/connect-testing'
  );
  return testing.startStripeSandbox({ seed: 'pelago-next-app' });
}

function sandboxAddress(url: string) {
  const { hostname, port } = new URL(url);
  return { host: hostname, port: Number(port), protocol: 'http' as const };
}

/**
 * The vault's AES key: PELAGO_VAULT_KEY_K1 when set (as in production, from a secret manager),
 * else made once and kept beside the example's data so its keys survive a restart.
 */
function readOrCreateEncryptionKey(dataDir: string): string {
  if (process.env.PELAGO_VAULT_KEY_K1) return process.env.PELAGO_VAULT_KEY_K1;
  const file = join(dataDir, 'encryption-key');
  if (!existsSync(file)) {
    writeFileSync(file, generateEncryptionKey(), { mode: 0o600 });
    chmodSync(file, 0o600);
  }
  return readFileSync(file, 'utf8').trim();
}

function printSandboxKeys(sandbox: StripeSandbox) {
  const { keys } = sandbox;
  process.stdout.write(
    [
      `Offline Stripe sandbox: ${sandbox.url}`,
      'Sandbox keys to paste (they work only against this sandbox):',
      `  charges and refunds: ${keys.full}`,
      `  charges only:        ${keys.chargesOnly}`,
      '',
    ].join('\n'),
  );
}
