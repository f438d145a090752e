import { defineConfig, type Options } from 'tsup';

const shared: Options = {
  format: ['esm', 'cjs'],
  sourcemap: true,
  target: 'es2022',
};

export default defineConfig([
  {
    ...shared,
    entry: { index: 'src/index.ts' },
    // One declaration pass for every entry, so the catalogues and the components share the
    // `Messages` type.
    dts: {
      entry: {
        index: 'src/index.ts',
        'locales/fr': 'src/locales/fr.ts',
        'locales/es': 'src/locales/es.ts',
      },
    },
    // The two builds run side by side: this one must not delete the other's files.
    clean: ['!locales/**'],
    // esbuild drops module directives, so the React entry gets its "use client" back here.
    banner: { js: '"use client";' },
  },
  {
    ...shared,
    // Catalogues are plain data without "use client", so server components can import them.
    entry: { 'locales/fr': 'src/locales/fr.ts', 'locales/es': 'src/locales/es.ts' },
    dts: false,
    clean: false,
  },
]);
