// The example partner site: two pages that embed the kit (payments setup at /, orders and
// refunds at /admin), and the kit's HTTP API mounted the way a host app would mount it, with an
// offline Stripe sandbox standing in for Stripe.
//
//   node examples/host-app/server.mjs            → http://localhost:3000 (with sample charges)
//   PORT=4000 node examples/host-app/server.mjs
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatMoney } from '@pelago/connect-core';
import {
  createConnectHandler,
  createKeyVault,
  createPelagoConnect,
  generateEncryptionKey,
  sqliteStore,
  toNodeHandler,
} from '@pelago/connect-server';
import { startStripeSandbox } from '@pelago/connect-testing';
import { build } from 'esbuild';
import { renderPage } from './pageHtml.mjs';
import { seedExampleCharges } from './seedCharges.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const BASE_PATH = '/api/pelago';

/** The one merchant of the example, signed in as its owner. */
const MERCHANT_ID = 'acme-events';

/**
 * Starts the example site. Options: `port` (0 for a free one), `host`, `dataDir` (where the
 * SQLite vault and its encryption key live), `store` (another vault store, e.g. PostgreSQL),
 * `sandbox` (a running Stripe sandbox to reuse), `seedCharges` (make sample charges first).
 */
export async function startHostApp(options = {}) {
  const host = options.host ?? '127.0.0.1';
  const dataDir = options.dataDir ?? join(here, '.data');
  mkdirSync(dataDir, { recursive: true });
  const ownSandbox = !options.sandbox;
  const sandbox = options.sandbox ?? (await startStripeSandbox({ seed: 'pelago-host-app' }));

  const connect = createPelagoConnect({
    mode: 'test',
    stripe: { host: sandbox.host, port: sandbox.port, protocol: 'http' },
  });
  const vault = createKeyVault({
    store: options.store ?? sqliteStore(join(dataDir, 'keys.db')),
    encryptionKeys: { current: 'k1', keys: { k1: readOrCreateEncryptionKey(dataDir) } },
  });
  /** Who refunded or charged what, as the handler's audit hooks report it (never a key). */
  const audit = [];
  const api = toNodeHandler(
    createConnectHandler({
      connect,
      vault,
      basePath: BASE_PATH,
      // A real site reads its own session here; the example has one signed-in merchant owner.
      authorize: () => ({ merchantId: MERCHANT_ID, role: 'owner' }),
      // A real site writes these to its audit log; the example keeps them in memory.
      onRefund: (event) => {
        audit.push({ kind: 'refund', at: new Date().toISOString(), ...event });
        options.onAudit?.(audit.at(-1));
      },
      onCharge: (event) => {
        audit.push({ kind: 'charge', at: new Date().toISOString(), ...event });
        options.onAudit?.(audit.at(-1));
      },
    }),
  );
  const scripts = await bundleScripts();
  const seeded = options.seedCharges ? await seedExampleCharges(sandbox) : [];

  const routes = new Map([
    ['/', ['text/html; charset=utf-8', renderPage('setup')]],
    ['/admin', ['text/html; charset=utf-8', renderPage('admin')]],
    ['/app.js', ['text/javascript; charset=utf-8', scripts.main]],
    ['/admin.js', ['text/javascript; charset=utf-8', scripts.admin]],
  ]);

  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    if (path === BASE_PATH || path.startsWith(`${BASE_PATH}/`)) return api(request, response);
    if (request.method !== 'GET' && request.method !== 'HEAD')
      return send(response, 405, 'text/plain', 'Method not allowed');
    const route = routes.get(path === '/admin/' ? '/admin' : path);
    if (route) return send(response, 200, route[0], route[1]);
    return send(response, 404, 'text/plain', 'Not found');
  });
  await new Promise((resolve) => server.listen(options.port ?? 3000, host, resolve));
  const { port } = server.address();
  return {
    url: `http://${host === '127.0.0.1' ? 'localhost' : host}:${port}`,
    port,
    sandbox,
    merchantId: MERCHANT_ID,
    seeded,
    audit,
    stop: async () => {
      await new Promise((resolve) => server.close(resolve));
      server.closeAllConnections?.();
      if (ownSandbox) await sandbox.stop();
    },
  };
}

function send(response, status, type, body) {
  response.writeHead(status, {
    'Content-Type': type,
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    // styled-components adds <style> elements at run time, hence 'unsafe-inline' for styles only.
    'Content-Security-Policy':
      "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'none'",
  });
  response.end(body);
}

/** The vault's AES key: from PELAGO_ENCRYPTION_KEY, else made once and kept beside the data. */
function readOrCreateEncryptionKey(dataDir) {
  if (process.env.PELAGO_ENCRYPTION_KEY) return process.env.PELAGO_ENCRYPTION_KEY;
  const file = join(dataDir, 'encryption-key');
  if (!existsSync(file)) {
    writeFileSync(file, generateEncryptionKey(), { mode: 0o600 });
    chmodSync(file, 0o600);
  }
  return readFileSync(file, 'utf8').trim();
}

/** Each page's script, bundled from the built packages: `main` for /, `admin` for /admin. */
async function bundleScripts() {
  const result = await build({
    entryPoints: { main: join(here, 'src/main.tsx'), admin: join(here, 'src/admin.tsx') },
    outdir: join(here, '.bundle'),
    bundle: true,
    format: 'esm',
    minify: true,
    write: false,
    jsx: 'automatic',
    logLevel: 'error',
    define: { 'process.env.NODE_ENV': '"production"' },
  });
  const byName = (name) => result.outputFiles.find((file) => file.path.endsWith(`${name}.js`)).text;
  return { main: byName('main'), admin: byName('admin') };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const app = await startHostApp({
    port: Number(process.env.PORT ?? 3000),
    seedCharges: true,
    // What the site's audit log would record: who moved what money (never the key).
    onAudit: (event) =>
      process.stdout.write(
        `[audit] ${event.merchantId} (${event.role}) ${event.kind === 'refund' ? 'refunded' : 'charged'} ` +
          `${formatMoney(event.amount, event.currency)} on ${event.chargeId}` +
          `${event.kind === 'refund' ? ` as ${event.refundId}` : ''}` +
          `${event.replayed ? ' (a retry: Stripe answered with the first result)' : ''}\n`,
      ),
  });
  const { keys } = app.sandbox;
  process.stdout.write(
    [
      `Example partner site: ${app.url} (payments setup), ${app.url}/admin (orders and refunds)`,
      `Offline Stripe sandbox: ${app.sandbox.url}, with ${app.seeded.length} sample charges`,
      'Connect the "charges and refunds" key at / to see them at /admin.',
      'Sandbox keys to paste (they work only against this sandbox):',
      `  charges and refunds: ${keys.full}`,
      `  charges only:        ${keys.chargesOnly}`,
      `  read only:           ${keys.readOnly}`,
      `  expired:             ${keys.expired}`,
      '',
    ].join('\n'),
  );
  const stop = async () => {
    await app.stop();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
