// The example partner site: a page that embeds the kit, and the kit's HTTP API mounted the way a
// host app would mount it, with an offline Stripe sandbox standing in for Stripe.
//
//   node examples/host-app/server.mjs            → http://localhost:3000
//   PORT=4000 node examples/host-app/server.mjs
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
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

const here = dirname(fileURLToPath(import.meta.url));
const BASE_PATH = '/api/pelago';

/**
 * Starts the example site. Options: `port` (0 for a free one), `host`, `dataDir` (where the
 * SQLite vault and its encryption key live), `sandbox` (a running Stripe sandbox to reuse).
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
    store: sqliteStore(join(dataDir, 'keys.db')),
    encryptionKeys: { current: 'k1', keys: { k1: readOrCreateEncryptionKey(dataDir) } },
  });
  const api = toNodeHandler(
    createConnectHandler({
      connect,
      vault,
      basePath: BASE_PATH,
      // A real site reads its own session here; the example has one signed-in merchant owner.
      authorize: () => ({ merchantId: 'acme-events', role: 'owner' }),
    }),
  );
  const page = await bundlePage();

  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    if (path === BASE_PATH || path.startsWith(`${BASE_PATH}/`)) return api(request, response);
    if (request.method !== 'GET' && request.method !== 'HEAD')
      return send(response, 405, 'text/plain', 'Method not allowed');
    if (path === '/') return send(response, 200, 'text/html; charset=utf-8', pageHtml);
    if (path === '/app.js') return send(response, 200, 'text/javascript; charset=utf-8', page);
    return send(response, 404, 'text/plain', 'Not found');
  });
  await new Promise((resolve) => server.listen(options.port ?? 3000, host, resolve));
  const { port } = server.address();
  return {
    url: `http://${host === '127.0.0.1' ? 'localhost' : host}:${port}`,
    port,
    sandbox,
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

async function bundlePage() {
  const result = await build({
    entryPoints: [join(here, 'src/main.tsx')],
    bundle: true,
    format: 'esm',
    minify: true,
    write: false,
    jsx: 'automatic',
    logLevel: 'error',
    define: { 'process.env.NODE_ENV': '"production"' },
  });
  return result.outputFiles[0].text;
}

const pageHtml = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Payments · Acme Events on Tickety</title>
    <style>
      body { margin: 0; font-family: system-ui, sans-serif; background: #f4f5f7; color: #1d2433; }
      header { background: #1d2433; color: #fff; padding: 0.75rem 1.5rem; font-weight: 600; }
      main { max-width: 60rem; margin: 0 auto; padding: 1.5rem; }
      h1 { font-size: 1.5rem; margin: 0 0 1rem; }
      body.dark { background: #0b0f17; color: #e6e9ef; }
    </style>
  </head>
  <body>
    <header>Tickety · Organiser settings</header>
    <main>
      <h1>Get paid with Stripe</h1>
      <div id="root"></div>
    </main>
    <script type="module" src="/app.js"></script>
  </body>
</html>
`;

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const app = await startHostApp({ port: Number(process.env.PORT ?? 3000) });
  const { keys } = app.sandbox;
  process.stdout.write(
    [
      `Example partner site: ${app.url}`,
      `Offline Stripe sandbox: ${app.sandbox.url}`,
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
