#!/usr/bin/env node
// The packages as integrators get them: publint and attw on each, then each built package
// imported from plain Node, as ESM and as CommonJS, outside any bundler or test runner.
import { spawnSync } from 'node:child_process';

const packages = [
  {
    dir: 'packages/core',
    name: '@pelago/connect-core',
    exports: [
      'parseStripeKey',
      'redactKey',
      'suggestKeyName',
      'toMinorUnits',
      'formatMoney',
      'ConnectError',
    ],
  },
  {
    dir: 'packages/server',
    name: '@pelago/connect-server',
    exports: [
      'createPelagoConnect',
      'createKeyVault',
      'sqliteStore',
      'postgresStore',
      'createConnectHandler',
      'toNodeHandler',
      'ConnectError',
    ],
  },
  {
    dir: 'packages/testing',
    name: '@pelago/connect-testing',
    exports: ['startStripeSandbox'],
    subpaths: [
      {
        name: '@pelago/connect-testing/fake-stripe-js',
        exports: [
          'createFakeStripe',
          'installFakeStripe',
          'offlineTokenizer',
          'offlineTokenBehaviour',
        ],
      },
    ],
  },
  {
    dir: 'packages/react',
    name: '@pelago/connect-react',
    exports: ['PelagoConnectProvider', 'KeySetupGuide', 'AnnotatedScreenshot', 'useKeySetup'],
    subpaths: [
      { name: '@pelago/connect-react/locales/fr', exports: ['fr', 'frRefunds', 'frCheckout'] },
      { name: '@pelago/connect-react/locales/es', exports: ['es', 'esRefunds', 'esCheckout'] },
      {
        name: '@pelago/connect-react/refunds',
        exports: ['ChargeList', 'RefundPanel', 'useCharges', 'useCharge', 'useRefund', 'enRefunds'],
      },
      {
        name: '@pelago/connect-react/checkout',
        exports: ['ChargeForm', 'useChargeForm', 'enCheckout'],
      },
    ],
  },
];

// Rendering from the built React package in plain Node catches interop bugs that bundlers hide
// (a default import of styled-components works under vite, not under Node).
const renderCheck = (load) => `
  const { createElement } = ${load('react')};
  const { renderToString } = ${load('react-dom/server')};
  const kit = ${load('@pelago/connect-react')};
  const html = renderToString(createElement(kit.PelagoConnectProvider, { endpoint: '/api/pelago' },
    createElement(kit.KeySetupGuide, { companyName: 'Acme Manufacturing Company', defaultStep: kit.keySetupStepIds.indexOf('name-key') })));
  if (!html.includes('Acme_Pelago')) throw new Error('server render lacks the suggested key name');
  // The refunds entry must find the main entry's provider: one shared context, not a copy.
  const refunds = ${load('@pelago/connect-react/refunds')};
  const panel = renderToString(createElement(kit.PelagoConnectProvider, { endpoint: '/api/pelago' },
    createElement(refunds.RefundPanel, { chargeId: 'ch_1' }),
    createElement(refunds.ChargeList, { onSelectCharge: () => {} })));
  if (!panel.includes('Loading the payment') || !panel.includes('Find a payment')) {
    throw new Error('server render of the refunds entry lacks its loading state');
  }
  // The checkout entry renders its waiting state on the server: no card field, no request.
  const checkout = ${load('@pelago/connect-react/checkout')};
  const form = renderToString(createElement(kit.PelagoConnectProvider, { endpoint: '/api/pelago' },
    createElement(checkout.ChargeForm, { amount: 2500, currency: 'usd', description: 'Ticket' })));
  if (!form.includes('Getting the payment form ready') || form.includes('<input')) {
    throw new Error('server render of the checkout entry is not its waiting state');
  }
`;

let passed = 0;
let failed = 0;
function check(label, command, args) {
  const result = spawnSync(command, args, { encoding: 'utf8' });
  if (result.status === 0) {
    passed += 1;
    process.stdout.write(`  ✓ ${label}\n`);
  } else {
    failed += 1;
    process.stdout.write(`  ✗ ${label}\n${result.stdout}${result.stderr}\n`);
  }
}

// What `npm pack` puts in the tarball: the docs every package ships, each file package.json
// points at, and nothing from outside dist/ (sources, tests, databases).
const packedFilesCheck = `
  const { execFileSync } = require('node:child_process');
  const manifest = require(process.cwd() + '/package.json');
  const [packed] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { encoding: 'utf8' }));
  const files = new Set(packed.files.map((file) => file.path));
  const pointed = [];
  const collect = (value) => {
    if (typeof value === 'string') pointed.push(value.startsWith('./') ? value.slice(2) : value);
    else if (value && typeof value === 'object') Object.values(value).forEach(collect);
  };
  collect([manifest.main, manifest.module, manifest.types, manifest.bin, manifest.exports]);
  const required = ['package.json', 'README.md', 'LICENSE', 'CHANGELOG.md', ...pointed];
  const missing = required.filter((file) => !files.has(file));
  const stray = [...files].filter((file) => !required.includes(file) && !file.startsWith('dist/'));
  if (missing.length || stray.length) {
    throw new Error('missing: ' + missing.join(', ') + '; not expected: ' + stray.join(', '));
  }
  if (manifest.license !== 'MIT') throw new Error('license is ' + manifest.license);
`;

for (const pkg of packages) {
  process.stdout.write(`${pkg.name}\n`);
  check('publint', 'pnpm', ['exec', 'publint', '--strict', pkg.dir]);
  check('attw --pack', 'pnpm', ['exec', 'attw', '--pack', pkg.dir, '--format', 'table-flipped']);
  check('packed files: README, LICENSE, CHANGELOG and every entry point', 'node', [
    '-e',
    `process.chdir(${JSON.stringify(pkg.dir)}); ${packedFilesCheck}`,
  ]);
  for (const entry of [pkg, ...(pkg.subpaths ?? [])]) {
    const names = JSON.stringify(entry.exports);
    const expectNames = (m) =>
      `const missing = ${names}.filter((n) => typeof ${m}[n] === 'undefined'); if (missing.length) throw new Error('missing exports: ' + missing);`;
    const suffix = entry === pkg ? '' : ` (${entry.name})`;
    check(`ESM import from plain Node${suffix}`, 'node', [
      '--input-type=module',
      '-e',
      `import * as m from '${entry.name}'; ${expectNames('m')}`,
    ]);
    check(`CommonJS require from plain Node${suffix}`, 'node', [
      '--input-type=commonjs',
      '-e',
      `const m = require('${entry.name}'); ${expectNames('m')}`,
    ]);
  }
}
check('React package renders on the server from ESM', 'node', [
  '--input-type=module',
  '-e',
  renderCheck((id) => `await import('${id}')`),
]);
check('React package renders on the server from CommonJS', 'node', [
  '--input-type=commonjs',
  '-e',
  renderCheck((id) => `require('${id}')`),
]);
// The server and testing builds do real work from plain Node: the sandbox (a CommonJS emulator
// loaded from both formats), a verification against it, and the SQLite vault (a native addon).
const serverRoundTrip = (load) => `
  const { startStripeSandbox } = ${load('@pelago/connect-testing')};
  const server = ${load('@pelago/connect-server')};
  const sandbox = await startStripeSandbox();
  try {
    const connect = server.createPelagoConnect({ stripe: { host: sandbox.host, port: sandbox.port, protocol: 'http' } });
    const result = await connect.verifyKey(sandbox.keys.full);
    if (!result.ok) throw new Error('verifyKey did not accept the full sandbox key');
    const vault = server.createKeyVault({
      store: server.sqliteStore(':memory:'),
      encryptionKeys: { current: 'k1', keys: { k1: server.generateEncryptionKey() } },
    });
    await vault.put('m1', sandbox.keys.full, { mode: 'test', permissions: result.permissions, verifiedAt: new Date() });
    if ((await vault.get('m1')) !== sandbox.keys.full) throw new Error('vault round trip failed');
  } finally {
    await sandbox.stop();
  }
`;
check('server + sandbox + SQLite vault work from ESM', 'node', [
  '--input-type=module',
  '-e',
  serverRoundTrip((id) => `await import('${id}')`),
]);
check('server + sandbox + SQLite vault work from CommonJS', 'node', [
  '--input-type=commonjs',
  '-e',
  `(async () => { ${serverRoundTrip((id) => `require('${id}')`)} })().catch((error) => { console.error(error); process.exit(1); });`,
]);
check('"use client" heads the React entries', 'node', [
  '--input-type=module',
  '-e',
  `
  import { readFileSync } from 'node:fs';
  for (const f of ['packages/react/dist/index.js', 'packages/react/dist/index.cjs', 'packages/react/dist/refunds.js', 'packages/react/dist/refunds.cjs', 'packages/react/dist/checkout.js', 'packages/react/dist/checkout.cjs']) {
    if (!readFileSync(f, 'utf8').startsWith('"use client"')) throw new Error(f + ' lacks "use client"');
  }`,
]);

process.stdout.write(`packages: ${passed} passed, ${failed} failed\n`);
process.exit(failed > 0 ? 1 : 0);
