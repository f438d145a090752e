// The example partner site: three pages that embed the kit (payments setup at /, a registration
// page where attendees pay at /register, orders and refunds at /admin), and the kit's HTTP API
// mounted the way a host app would mount it, with an offline Stripe sandbox standing in for Stripe.
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
import { exampleEvent, renderPage } from './pageHtml.mjs';
import { seedExampleCharges } from './seedCharges.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const BASE_PATH = '/api/pelago';
/** The API the registration page talks to, as an attendee (see `checkoutApi` below). */
const CHECKOUT_BASE_PATH = '/api/pelago-checkout';

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
  const recordAs = (kind) => (event) => {
    audit.push({ kind, at: new Date().toISOString(), ...event });
    options.onAudit?.(audit.at(-1));
  };
  const recordCharge = recordAs('charge');
  const api = toNodeHandler(
    createConnectHandler({
      connect,
      vault,
      basePath: BASE_PATH,
      // A real site reads its own session here; the example has one signed-in merchant owner.
      authorize: () => ({ merchantId: MERCHANT_ID, role: 'owner' }),
      // A real site writes these to its audit log; the example keeps them in memory.
      onRefund: recordAs('refund'),
      onCharge: recordCharge,
    }),
  );
  // The registration page's own mount of the API. Attendees are not the merchant's staff: under
  // the `attendee` role they may read the key's status (for the publishable key) and pay, but
  // never list charges, refund or touch the key. A separate base path keeps the owner's API
  // behind the organiser's sign-in while this one follows the attendee's session; the example
  // has no sign-in, so every caller here is an attendee of the one merchant.
  const checkoutApi = toNodeHandler(
    createConnectHandler({
      connect,
      vault,
      basePath: CHECKOUT_BASE_PATH,
      authorize: () => ({ merchantId: MERCHANT_ID, role: 'attendee' }),
      // The page sends the amount, and an attendee can change what a page sends: only the
      // ticket's price is charged. A real site looks the order up by its reference here.
      approveCharge: (charge) =>
        charge.amount === exampleEvent.amount &&
        charge.currency.toLowerCase() === exampleEvent.currency,
      onCharge: recordCharge,
    }),
  );
  // The registration page loads a fake Stripe.js that the sandbox serves, which tokenizes cards
  // against the sandbox. A real site loads https://js.stripe.com/v3 (or lets `loadStripe` add
  // it) and allows that origin in its Content-Security-Policy instead.
  const { stripeJsUrl } = sandbox;
  const sandboxOrigin = new URL(sandbox.url).origin;
  const scripts = await bundleScripts();
  const seeded = options.seedCharges ? await seedExampleCharges(sandbox) : [];

  const html = 'text/html; charset=utf-8';
  const js = 'text/javascript; charset=utf-8';
  const routes = new Map([
    ['/', [html, renderPage('setup')]],
    ['/admin', [html, renderPage('admin')]],
    // Only this page runs Stripe.js, so only its policy lets scripts and requests reach Stripe.
    ['/register', [html, renderPage('register', { stripeJsUrl }), checkoutPolicy(sandboxOrigin)]],
    ['/app.js', [js, scripts.main]],
    ['/admin.js', [js, scripts.admin]],
    ['/register.js', [js, scripts.register]],
  ]);

  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    if (path === CHECKOUT_BASE_PATH || path.startsWith(`${CHECKOUT_BASE_PATH}/`)) {
      return checkoutApi(request, response);
    }
    if (path === BASE_PATH || path.startsWith(`${BASE_PATH}/`)) return api(request, response);
    if (request.method !== 'GET' && request.method !== 'HEAD')
      return send(response, 405, 'text/plain', 'Method not allowed');
    const route = routes.get(path.length > 1 && path.endsWith('/') ? path.slice(0, -1) : path);
    if (route) return send(response, 200, route[0], route[1], route[2]);
    return send(response, 404, 'text/plain', 'Not found');
  });
  await new Promise((resolve) => server.listen(options.port ?? 3000, host, resolve));
  const { port } = server.address();
  return {
    url: `http://${host === '127.0.0.1' ? 'localhost' : host}:${port}`,
    port,
    sandbox,
    stripeJsUrl,
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

// styled-components adds <style> elements at run time, hence 'unsafe-inline' for styles only.
const defaultPolicy =
  "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'none'";

/**
 * The registration page's policy: the default one, plus what Stripe.js needs. Here Stripe.js
 * comes from `stripeOrigin` (the sandbox), which also receives the card details it tokenizes.
 * The Stripe origins are what a real site lists (Stripe.js, its frames and its API); they are
 * also where `loadStripe` turns when the page has no Stripe.js.
 */
function checkoutPolicy(stripeOrigin) {
  return [
    "default-src 'self'",
    `script-src 'self' ${stripeOrigin} https://js.stripe.com`,
    `connect-src 'self' ${stripeOrigin} https://api.stripe.com`,
    'frame-src https://js.stripe.com',
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "frame-ancestors 'none'",
  ].join('; ');
}

function send(response, status, type, body, policy = defaultPolicy) {
  response.writeHead(status, {
    'Content-Type': type,
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Content-Security-Policy': policy,
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

/**
 * Each page's script, bundled from the built packages: `main` for /, `admin` for /admin and
 * `register` for /register.
 */
async function bundleScripts() {
  const result = await build({
    entryPoints: {
      main: join(here, 'src/main.tsx'),
      admin: join(here, 'src/admin.tsx'),
      register: join(here, 'src/register.tsx'),
    },
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
  return { main: byName('main'), admin: byName('admin'), register: byName('register') };
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
      'Example partner site:',
      `  ${app.url}           payments setup (connect the keys)`,
      `  ${app.url}/register  registration: an attendee pays $25.00`,
      `  ${app.url}/admin     orders and refunds`,
      `Offline Stripe sandbox: ${app.sandbox.url}, with ${app.seeded.length} sample charges`,
      'Connect the "charges and refunds" key and its publishable key at / to see the charges at',
      '/admin and to take payments at /register.',
      'Sandbox keys to paste (they work only against this sandbox):',
      `  charges and refunds: ${keys.full}`,
      `  its publishable key: ${app.sandbox.publishableKeyFor(keys.full)}`,
      `  charges only:        ${keys.chargesOnly}`,
      `  read only:           ${keys.readOnly}`,
      `  expired:             ${keys.expired}`,
      'Test cards at /register (any future expiry date, any CVC):',
      '  4242 4242 4242 4242  pays',
      '  4000 0000 0000 0002  is declined',
      '  4000 0025 0000 3155  needs authentication, which this form cannot do',
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
