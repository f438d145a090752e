#!/usr/bin/env node
// Release hygiene: the four published packages carry one version (a fixed changesets group),
// each has a CHANGELOG.md headed by that version, pending changesets name only known packages,
// and `changeset version` run on a scratch copy of the workspace really moves all four together.
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const PUBLISHED = ['core', 'react', 'server', 'testing'];
const root = process.cwd();
const readJson = (path) => JSON.parse(readFileSync(path, 'utf8'));
const packages = PUBLISHED.map((dir) => ({
  dir,
  ...readJson(join(root, 'packages', dir, 'package.json')),
}));
const names = packages.map((pkg) => pkg.name);

let passed = 0;
let failed = 0;
function check(label, run) {
  try {
    run();
    passed += 1;
    process.stdout.write(`  ✓ ${label}\n`);
  } catch (error) {
    failed += 1;
    process.stdout.write(`  ✗ ${label}\n    ${error.message.replaceAll('\n', '\n    ')}\n`);
  }
}
function assert(condition, message) {
  if (!condition) throw new Error(message);
}

check('the four packages have one version', () => {
  const versions = new Set(packages.map((pkg) => pkg.version));
  assert(versions.size === 1, packages.map((pkg) => `${pkg.name}@${pkg.version}`).join(', '));
});

check('.changeset/config.json keeps them in one fixed group', () => {
  const config = readJson(join(root, '.changeset', 'config.json'));
  const group = (config.fixed ?? []).find((entry) => entry.includes(names[0]));
  assert(group, `no fixed group holds ${names[0]}`);
  assert(
    [...group].sort().join() === [...names].sort().join(),
    `the fixed group is ${JSON.stringify(group)}; it must be exactly ${JSON.stringify(names)}`,
  );
});

check('each package has a CHANGELOG.md headed by its version', () => {
  for (const pkg of packages) {
    const file = join(root, 'packages', pkg.dir, 'CHANGELOG.md');
    assert(existsSync(file), `${pkg.name} has no CHANGELOG.md`);
    const first = /^## (\S+)/m.exec(readFileSync(file, 'utf8'))?.[1];
    assert(
      first === pkg.version,
      `${pkg.name}: CHANGELOG.md starts at ${first}, not ${pkg.version}`,
    );
  }
});

const changesets = readdirSync(join(root, '.changeset')).filter(
  (file) => file.endsWith('.md') && file !== 'README.md',
);
check(`pending changesets (${changesets.length}) name published packages and bump types`, () => {
  for (const file of changesets) {
    const text = readFileSync(join(root, '.changeset', file), 'utf8');
    const front = /^---\n([\s\S]*?)\n---\n/.exec(text)?.[1];
    assert(front !== undefined, `${file}: no front matter`);
    for (const line of front.split('\n').filter((entry) => entry.trim() !== '')) {
      const match = /^['"]?(@?[\w./-]+)['"]?:\s*(patch|minor|major)\s*$/.exec(line.trim());
      assert(match, `${file}: cannot read "${line}"`);
      assert(names.includes(match[1]), `${file}: ${match[1]} is not a published package`);
    }
  }
});

// The real tool on a scratch copy: a patch of one package must move all four.
check('changeset version moves all four versions together', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'pelago-release-'));
  try {
    writeFileSync(
      join(scratch, 'package.json'),
      JSON.stringify({ name: 'release-check', private: true, version: '0.0.0' }),
    );
    writeFileSync(join(scratch, 'pnpm-workspace.yaml'), 'packages:\n  - packages/*\n');
    for (const pkg of packages) {
      const dir = join(scratch, 'packages', pkg.dir);
      mkdirSync(dir, { recursive: true });
      for (const file of ['package.json', 'CHANGELOG.md']) {
        cpSync(join(root, 'packages', pkg.dir, file), join(dir, file));
      }
    }
    mkdirSync(join(scratch, '.changeset'));
    cpSync(join(root, '.changeset', 'config.json'), join(scratch, '.changeset', 'config.json'));
    writeFileSync(
      join(scratch, '.changeset', 'release-check.md'),
      `---\n'@pelago/connect-testing': patch\n---\n\nA change to one package.\n`,
    );
    const bin = createRequire(join(root, 'package.json')).resolve('@changesets/cli/bin.js');
    const result = spawnSync(process.execPath, [bin, 'version'], {
      cwd: scratch,
      encoding: 'utf8',
      env: { ...process.env, CI: '1' },
    });
    assert(result.status === 0, `changeset version failed:\n${result.stdout}${result.stderr}`);
    const after = packages.map(
      (pkg) => readJson(join(scratch, 'packages', pkg.dir, 'package.json')).version,
    );
    assert(
      new Set(after).size === 1 && after[0] !== packages[0].version,
      `after a patch of @pelago/connect-testing: ${after.join(', ')}`,
    );
    for (const pkg of packages) {
      const log = readFileSync(join(scratch, 'packages', pkg.dir, 'CHANGELOG.md'), 'utf8');
      assert(log.includes(`## ${after[0]}`), `${pkg.name}: CHANGELOG.md lacks ${after[0]}`);
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
});

process.stdout.write(`release: ${passed} passed, ${failed} failed\n`);
process.exit(failed > 0 ? 1 : 0);
