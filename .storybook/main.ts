import { fileURLToPath } from 'node:url';
import type { StorybookConfig } from '@storybook/react-vite';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

const config: StorybookConfig = {
  framework: { name: '@storybook/react-vite', options: {} },
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.@(ts|tsx)'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  viteFinal: async (viteConfig) => {
    viteConfig.resolve ??= {};
    // Stories show the packages as they are in the repository, not a stale build.
    viteConfig.resolve.alias = {
      ...(viteConfig.resolve.alias as Record<string, string> | undefined),
      '@pelago/connect-core': here('../packages/core/src/index.ts'),
      // Subpaths first: '@pelago/connect-react' would also match them.
      '@pelago/connect-react/locales/fr': here('../packages/react/src/locales/fr.ts'),
      '@pelago/connect-react/locales/es': here('../packages/react/src/locales/es.ts'),
      '@pelago/connect-react/refunds': here('../packages/react/src/refunds/index.ts'),
      '@pelago/connect-react/checkout': here('../packages/react/src/checkout/index.ts'),
      '@pelago/connect-react': here('../packages/react/src/index.ts'),
      '@pelago/connect-testing/fake-stripe-js': here(
        '../packages/testing/src/fakeStripeJs/index.ts',
      ),
    };
    // Found late on a cold cache, these would make Vite reload mid-run and fail the first story tests.
    viteConfig.optimizeDeps ??= {};
    viteConfig.optimizeDeps.include = [
      ...(viteConfig.optimizeDeps.include ?? []),
      'styled-components',
      'react-dom/client',
    ];
    return viteConfig;
  },
};

export default config;
