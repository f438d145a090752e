import { fileURLToPath } from 'node:url';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { chromiumArgs, chromiumPath } from './scripts/chromium.mjs';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/**
 * Inside the repository the packages resolve to their sources, so tests need no build. A name
 * also matches its subpaths and the first match wins: subpath entries come before their package.
 */
const sourceAliases = {
  '@pelago/connect-core': here('./packages/core/src/index.ts'),
  '@pelago/connect-server': here('./packages/server/src/index.ts'),
  '@pelago/connect-react/locales/fr': here('./packages/react/src/locales/fr.ts'),
  '@pelago/connect-react/locales/es': here('./packages/react/src/locales/es.ts'),
  '@pelago/connect-react/refunds': here('./packages/react/src/refunds/index.ts'),
  '@pelago/connect-react/checkout': here('./packages/react/src/checkout/index.ts'),
  '@pelago/connect-react': here('./packages/react/src/index.ts'),
  '@pelago/connect-testing/fake-stripe-js': here('./packages/testing/src/fakeStripeJs/index.ts'),
  '@pelago/connect-testing': here('./packages/testing/src/index.ts'),
};

/** The same React tests, resolved against React 18 and the libraries that peer on it. */
const react18 = here('./test/react18/node_modules');
const react18Aliases = [
  { find: /^react$/, replacement: `${react18}/react/index.js` },
  { find: /^react\/(.*)$/, replacement: `${react18}/react/$1` },
  { find: /^react-dom$/, replacement: `${react18}/react-dom/index.js` },
  { find: /^react-dom\/(.*)$/, replacement: `${react18}/react-dom/$1` },
  { find: /^@testing-library\/react$/, replacement: `${react18}/@testing-library/react` },
  { find: /^styled-components$/, replacement: `${react18}/styled-components` },
];

const reactTests = {
  environment: 'jsdom',
  include: ['packages/react/src/**/*.test.{ts,tsx}'],
  setupFiles: [here('./test/setup/react.ts')],
};

export default defineConfig({
  resolve: { alias: sourceAliases },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: [
            'packages/{core,server,testing}/src/**/*.test.ts',
            'packages/server/test/**/*.test.ts',
            'test/**/*.test.ts',
          ],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      { extends: true, test: { name: 'react', ...reactTests } },
      {
        resolve: {
          alias: [
            ...react18Aliases,
            ...Object.entries(sourceAliases).map(([find, replacement]) => ({ find, replacement })),
          ],
        },
        test: {
          name: 'react18',
          ...reactTests,
          // Inline the React-peering libraries so the aliases above also apply inside them.
          server: { deps: { inline: [/@testing-library/, /styled-components/] } },
        },
      },
      {
        extends: true,
        plugins: [storybookTest({ configDir: here('./.storybook') })],
        optimizeDeps: { include: ['styled-components', 'react-dom/client'] },
        test: {
          name: 'storybook',
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({
              launchOptions: { executablePath: chromiumPath(), args: chromiumArgs },
            }),
            // Every story runs twice, on a desktop and on a 320 px phone, axe included.
            instances: [
              {
                browser: 'chromium',
                name: 'storybook-1280',
                viewport: { width: 1280, height: 800 },
              },
              { browser: 'chromium', name: 'storybook-320', viewport: { width: 320, height: 640 } },
            ],
          },
        },
      },
    ],
  },
});
