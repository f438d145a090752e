import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The IIFE build of `src/fakeStripeJs`, next to the sandbox's own files in dist/. */
const builtScript = 'fake-stripe-js.global.js';
/** The global the IIFE build defines (tsup's `globalName`). */
const globalName = 'PelagoFakeStripeJs';

let fromSources: Promise<string> | undefined;
/** The built script, read once for every sandbox of the process. */
let fromDist: string | undefined;

/**
 * What serves the fake Stripe.js at `/v3`: a function giving the script for a sandbox at
 * `apiBase` (the fake installed as `window.Stripe`, tokenizing with that sandbox).
 *
 * A built package reads the IIFE from its dist/ at the first start, so that a missing build
 * fails the sandbox's start with a clear message. Run from the sources (the repository's tests
 * import them without a build), the script is built from the same sources with esbuild on the
 * first request for it: a dist/ from an older build could serve an out-of-date fake, and building
 * at every start would slow every test that never loads it. esbuild runs in a child Node
 * process, because it refuses to load where globals such as TextEncoder are replaced (jsdom).
 */
export function fakeStripeJsServer(): (apiBase: string) => Promise<string> {
  // tsup's shims give the CommonJS build an import.meta.url too.
  const here = fileURLToPath(import.meta.url);
  if (here.endsWith('.ts')) {
    const entry = join(dirname(here), 'fakeStripeJs', 'index.ts');
    const build = () => {
      fromSources ??= buildFromSources(entry).catch((error: unknown) => {
        fromSources = undefined;
        throw error;
      });
      return fromSources;
    };
    return async (apiBase) => wrap(await build(), apiBase);
  }
  const file = join(dirname(here), builtScript);
  if (fromDist === undefined && !existsSync(file)) {
    throw new Error(
      `The sandbox cannot serve its fake Stripe.js: ${builtScript} is missing from ${dirname(here)}. Build @pelago/connect-testing first (pnpm --filter @pelago/connect-testing build).`,
    );
  }
  fromDist ??= readFileSync(file, 'utf8');
  const script = fromDist;
  return async (apiBase) => wrap(script, apiBase);
}

/** Wrapped in a function so that only window.Stripe is left on the page, not the IIFE's global. */
function wrap(script: string, apiBase: string): string {
  return `(function () {\n${script}\n${globalName}.installFakeStripe({ apiBase: ${JSON.stringify(apiBase)} });\n})();\n`;
}

/** Bundles `entry` as an IIFE with esbuild, in a plain Node process of its own. */
function buildFromSources(entry: string): Promise<string> {
  const esbuild = pathToFileURL(createRequire(import.meta.url).resolve('esbuild')).href;
  const options = {
    entryPoints: [entry],
    bundle: true,
    write: false,
    format: 'iife',
    globalName,
    platform: 'browser',
    target: 'es2020',
    minify: true,
    logLevel: 'silent',
  };
  const program = `const { build } = await import(${JSON.stringify(esbuild)});
const result = await build(${JSON.stringify(options)});
process.stdout.write(result.outputFiles[0].text);`;
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      ['--input-type=module', '-e', program],
      { maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (error || !stdout) {
          reject(
            new Error(
              `Building the fake Stripe.js from its sources failed: ${stderr || error?.message}`,
            ),
          );
        } else {
          resolve(stdout);
        }
      },
    );
  });
}
