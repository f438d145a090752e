import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { generateEncryptionKey } from '@pelago/connect-server';
import { describe, expect, it, vi } from 'vitest';
import {
  CHECKED_LANGS,
  type CodeBlock,
  extractCodeBlocks,
  KNOWN_FLAGS,
  PROSE_LANGS,
} from './codeBlocks';

// Every code block of the docs and READMEs that claims to work is compiled as the reader would
// paste it, against the packages' sources; blocks marked `run` are also executed. A block that
// cannot stand alone says so with `fragment` in its info string (```ts fragment).

const root = fileURLToPath(new URL('../../', import.meta.url));
const pages = [
  'README.md',
  ...readdirSync(join(root, 'docs'))
    .filter((file) => file.endsWith('.md'))
    .map((file) => `docs/${file}`),
  ...readdirSync(join(root, 'packages'))
    .map((dir) => `packages/${dir}/README.md`)
    .filter((page) => existsSync(join(root, page))),
];
const blocks = pages.flatMap((page) =>
  extractCodeBlocks(readFileSync(join(root, page), 'utf8'), page),
);
const checked = blocks.filter(
  (block) => CHECKED_LANGS.has(block.lang) && !block.flags.has('fragment'),
);
const where = (block: CodeBlock) => `${block.page}:${block.line}`;

/** Where the reader's project for each page is written, one folder per page. */
const project = join(root, '.tmp', 'docs-check');
const host = fileURLToPath(new URL('./host/', import.meta.url));
const pageDir = (page: string) => join(project, page.replace(/[/.]/g, '-'));

interface WrittenBlock {
  block: CodeBlock;
  file: string;
}

function writeProject(): WrittenBlock[] {
  rmSync(project, { recursive: true, force: true });
  const written: WrittenBlock[] = [];
  const taken = new Set<string>();
  for (const block of checked) {
    const file = join(pageDir(block.page), block.path ?? `block-${block.line}.${block.lang}`);
    if (taken.has(file)) throw new Error(`${where(block)}: a second block for ${block.path}`);
    taken.add(file);
    mkdirSync(dirname(file), { recursive: true });
    // A module of its own, so names in one block never clash with another's.
    writeFileSync(file, `${block.code}\nexport {};\n`);
    written.push({ block, file });
  }
  // The reader's own modules the docs import (`./session`, `./secrets`), beside every block.
  for (const dir of new Set(written.map(({ file }) => dirname(file)))) {
    for (const stand of ['session.ts', 'secrets.ts']) {
      if (!existsSync(join(dir, stand))) copyFileSync(join(host, stand), join(dir, stand));
    }
  }
  const rootConfig = JSON.parse(readFileSync(join(root, 'tsconfig.json'), 'utf8'));
  const paths: Record<string, string[]> = {};
  for (const [name, targets] of Object.entries(rootConfig.compilerOptions.paths as object)) {
    paths[name] = (targets as string[]).map((target) => join(root, target));
  }
  paths['@/*'] = [...new Set(written.map(({ block }) => `${pageDir(block.page)}/*`))];
  paths.pg = [join(root, 'packages/server/node_modules/@types/pg')];
  paths['next/*'] = [join(root, 'examples/next-app/node_modules/next/*')];
  writeFileSync(
    join(project, 'tsconfig.json'),
    JSON.stringify({
      extends: join(root, 'tsconfig.base.json'),
      compilerOptions: { noEmit: true, allowJs: true, checkJs: true, paths },
      include: ['**/*'],
      files: [join(host, 'express.d.ts')],
    }),
  );
  return written;
}

describe('docs that run', () => {
  it('gives every code block a language, and only known flags', () => {
    const unmarked = blocks
      .filter((block) => !CHECKED_LANGS.has(block.lang) && !PROSE_LANGS.has(block.lang))
      .map((block) => `${where(block)} (${block.lang || 'no language'})`);
    expect(unmarked).toEqual([]);
    const unknown = blocks
      .filter((block) => [...block.flags].some((flag) => !KNOWN_FLAGS.has(flag)))
      .map(where);
    expect(unknown).toEqual([]);
    // The checker has something to check on every page that shows code.
    expect(checked.length).toBeGreaterThan(10);
  });

  it('type-checks every block that is not marked fragment', { timeout: 300_000 }, () => {
    const written = writeProject();
    const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
    const result = spawnSync(
      process.execPath,
      [tsc, '-p', join(project, 'tsconfig.json'), '--pretty', 'false'],
      { encoding: 'utf8' },
    );
    // Report errors at the page and line a writer would fix.
    const errors = `${result.stdout}${result.stderr}`
      .split('\n')
      .filter((line) => line.trim() !== '' && !line.startsWith(' '))
      .map((line) => {
        const match = /^(.+?)\((\d+),(\d+)\): (error TS\d+: .*)$/.exec(line);
        if (!match) return line;
        const file = resolve(root, match[1]!);
        const hit = written.find((entry) => entry.file === file);
        return hit
          ? `${hit.block.page}:${hit.block.line + Number(match[2])}: ${match[4]}`
          : `${relative(root, file)}:${match[2]}: ${match[4]}`;
      });
    expect(errors).toEqual([]);
    expect(result.status).toBe(0);
  });

  const runnable = checked.filter((block) => block.flags.has('run'));

  it('has server blocks to run', () => {
    expect(runnable.map(where)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^docs\/server\.md:/)]),
    );
  });

  for (const block of runnable) {
    it(`runs ${where(block)}: nothing at import, then as documented`, {
      timeout: 120_000,
    }, async () => {
      const file = join(pageDir(block.page), block.path ?? `block-${block.line}.${block.lang}`);
      if (!existsSync(file)) writeProject();
      const cwd = mkdtempSync(join(tmpdir(), 'pelago-docs-'));
      const previous = process.cwd();
      const saved = { ...process.env };
      for (const name of Object.keys(process.env)) {
        if (name.startsWith('PELAGO_VAULT_KEY_')) delete process.env[name];
      }
      const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
      process.chdir(cwd);
      try {
        const module = (await import(pathToFileURL(file).href)) as {
          handler?: (request: Request) => Promise<Response>;
        };
        expect(readdirSync(cwd)).toEqual([]);
        if (typeof module.handler !== 'function') return;

        // The first request without the secret: a generic 500 for the browser, the variable
        // to set in the log, and still no file.
        const ask = () =>
          module.handler!(
            new Request('http://localhost:3000/api/pelago/key', {
              headers: { host: 'shop.example', authorization: 'Bearer acme:owner' },
            }),
          );
        const missing = await ask();
        expect(missing.status).toBe(500);
        expect(JSON.stringify(await missing.json())).not.toContain('PELAGO_VAULT_KEY');
        expect(String(logged.mock.calls.at(-1)?.[0])).toMatch(/PELAGO_VAULT_KEY_K1 is not set/);
        expect(readdirSync(cwd)).toEqual([]);

        process.env.PELAGO_VAULT_KEY_K1 = generateEncryptionKey();
        const answer = await ask();
        expect(answer.status).toBe(200);
        expect(await answer.json()).toEqual({ status: { connected: false } });
        expect(statSync(join(cwd, 'data')).mode & 0o777).toBe(0o700);
        expect(statSync(join(cwd, 'data', 'pelago-keys.db')).mode & 0o777).toBe(0o600);
      } finally {
        process.chdir(previous);
        process.env = saved;
        logged.mockRestore();
        rmSync(cwd, { recursive: true, force: true });
      }
    });
  }
});
