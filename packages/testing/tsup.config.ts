import { rmSync } from 'node:fs';
import { defineConfig } from 'tsup';

// The three builds below run at the same time into dist/: each one cleaning it would delete
// the others' files, so dist/ is emptied once, here, before any of them starts.
rmSync('dist', { recursive: true, force: true });

export default defineConfig([
  {
    entry: ['src/index.ts', 'src/cli.ts'],
    format: ['esm', 'cjs'],
    dts: { entry: 'src/index.ts' },
    sourcemap: true,
    target: 'es2022',
    platform: 'node',
    shims: true,
    // Only used when the sandbox runs from the sources (see fakeStripeJsScript.ts).
    external: ['esbuild'],
  },
  {
    // The fake Stripe.js as a module, for test runners and bundlers (stories, jsdom).
    entry: { 'fake-stripe-js': 'src/fakeStripeJs/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    target: 'es2020',
    platform: 'browser',
  },
  {
    // The same as a classic script, which the sandbox serves at /v3 (dist/fake-stripe-js.global.js).
    entry: { 'fake-stripe-js': 'src/fakeStripeJs/index.ts' },
    format: ['iife'],
    globalName: 'PelagoFakeStripeJs',
    target: 'es2020',
    platform: 'browser',
    minify: true,
  },
]);
