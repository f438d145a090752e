import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The built packages' declarations as integrators' compilers see them. `skipLibCheck` is off in
// these configs: with it on, an error inside our own .d.cts would not be reported.
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

describe('published types (needs `pnpm build`)', () => {
  for (const [config, what] of [
    ['node10', 'moduleResolution node10 without esModuleInterop (main/types, .d.cts)'],
    ['node16', 'moduleResolution node16, from ESM and from CommonJS'],
    ['bundler', 'moduleResolution bundler'],
  ] as const) {
    it(`type-check under ${what}`, { timeout: 240_000 }, () => {
      const result = spawnSync(process.execPath, [tsc, '-p', here(`./tsconfig.${config}.json`)], {
        encoding: 'utf8',
      });
      expect(`${result.stdout}${result.stderr}`).toBe('');
      expect(result.status).toBe(0);
    });
  }
});
