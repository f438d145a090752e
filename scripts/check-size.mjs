#!/usr/bin/env node
// Bundle-size budgets, measured the way an integrator's bundler sees the built packages:
// minified, gzipped, with the peers (React, styled-components) left external.
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const budgets = [
  {
    label: 'KeySetupGuide with its illustrations',
    entry: "export { KeySetupGuide } from '@pelago/connect-react';",
    limit: 18_000,
  },
  {
    label: 'KeyEntryForm',
    entry: "export { KeyEntryForm } from '@pelago/connect-react';",
    limit: 14_000,
  },
  {
    label: 'ConnectOnboarding',
    entry: "export { ConnectOnboarding } from '@pelago/connect-react';",
    limit: 26_000,
  },
  {
    label: '@pelago/connect-react, everything',
    entry: "export * from '@pelago/connect-react';",
    limit: 30_000,
  },
  {
    label: '@pelago/connect-react/locales/fr',
    entry: "export * from '@pelago/connect-react/locales/fr';",
    limit: 5_000,
  },
  {
    label: '@pelago/connect-react/locales/es',
    entry: "export * from '@pelago/connect-react/locales/es';",
    limit: 5_000,
  },
  {
    label: '@pelago/connect-core, everything',
    entry: "export * from '@pelago/connect-core';",
    limit: 8_000,
  },
];

async function measure(entry) {
  const result = await build({
    stdin: { contents: entry, resolveDir: process.cwd(), loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    logLevel: 'silent',
    external: ['react', 'react-dom', 'react/jsx-runtime', 'styled-components'],
  });
  const code = result.outputFiles[0].contents;
  return { minified: code.length, gzipped: gzipSync(code, { level: 9 }).length };
}

let passed = 0;
let failed = 0;
for (const budget of budgets) {
  let size;
  try {
    size = await measure(budget.entry);
  } catch (error) {
    failed += 1;
    process.stdout.write(`  ✗ ${budget.label}: ${error.message}\n`);
    continue;
  }
  const ok = size.gzipped <= budget.limit;
  if (ok) passed += 1;
  else failed += 1;
  const kb = (n) => `${(n / 1000).toFixed(1)} kB`;
  process.stdout.write(
    `  ${ok ? '✓' : '✗'} ${budget.label}: ${kb(size.gzipped)} min+gz (${kb(size.minified)} min), budget ${kb(budget.limit)}\n`,
  );
}
process.stdout.write(`size: ${passed} passed, ${failed} failed\n`);
process.exit(failed > 0 ? 1 : 0);
