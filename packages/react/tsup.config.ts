import { readFile, writeFile } from 'node:fs/promises';
import { defineConfig, type Options } from 'tsup';

const shared: Options = {
  format: ['esm', 'cjs'],
  sourcemap: true,
  target: 'es2022',
};

export default defineConfig([
  {
    ...shared,
    // The refunds and checkout entries share the main entry's modules through common chunks
    // (CommonJS too), so all see one provider context and a page with several downloads the
    // shared code once.
    entry: {
      index: 'src/index.ts',
      refunds: 'src/refunds/index.ts',
      checkout: 'src/checkout/index.ts',
    },
    // A peer, loaded by the checkout entry on demand: never bundled into the kit.
    external: ['@stripe/stripe-js', '@stripe/stripe-js/pure'],
    splitting: true,
    // One declaration pass for every entry, so the catalogues and the components share the
    // `Messages` type.
    dts: {
      entry: {
        index: 'src/index.ts',
        refunds: 'src/refunds/index.ts',
        checkout: 'src/checkout/index.ts',
        'locales/fr': 'src/locales/fr.ts',
        'locales/es': 'src/locales/es.ts',
      },
    },
    // The two builds run side by side: this one must not delete the other's files.
    clean: ['!locales/**'],
    // esbuild drops module directives, so the React entries get their "use client" back here.
    banner: { js: '"use client";' },
    // Split CommonJS output is rewritten from ESM after the banner went in, losing it.
    onSuccess: async () => {
      for (const file of ['dist/index.cjs', 'dist/refunds.cjs', 'dist/checkout.cjs']) {
        const code = await readFile(file, 'utf8');
        if (!code.startsWith('"use client"')) await writeFile(file, `"use client";${code}`);
      }
    },
  },
  {
    ...shared,
    // Catalogues are plain data without "use client", so server components can import them.
    entry: { 'locales/fr': 'src/locales/fr.ts', 'locales/es': 'src/locales/es.ts' },
    dts: false,
    clean: false,
  },
]);
