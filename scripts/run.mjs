#!/usr/bin/env node
// The README's two commands: `npm start` and `npm test`. Each installs what this machine lacks
// (pnpm, the workspace's packages, and for the tests Debian's Chromium and PostgreSQL), then runs
// the job. Plain Node only: nothing here may need a package that is not installed yet.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromiumPath } from './chromium.mjs';
import { startTestPostgres } from './postgres.mjs';

const PNPM_VERSION = '12.4.2';
const job = process.argv[2];
const isRoot = process.getuid?.() === 0;

function say(line) {
  process.stdout.write(`[pelago] ${line}\n`);
}

function fail(line) {
  process.stderr.write(`[pelago] ${line}\n`);
  process.exit(1);
}

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', ...options });
  return result.status ?? 1;
}

function output(command, args) {
  const result = spawnSync(command, args, { encoding: 'utf8' });
  return result.status === 0 ? result.stdout.trim() : null;
}

function checkNode() {
  const [major, minor] = process.versions.node.split('.').map(Number);
  if (major < 20 || (major === 20 && minor < 19)) {
    fail(`Node ${process.versions.node} is too old: install Node 20.19 or newer.`);
  }
}

function ensurePnpm() {
  if (output('pnpm', ['--version']) === PNPM_VERSION) return;
  say(`installing pnpm ${PNPM_VERSION}`);
  if (run('npm', ['install', '--global', `pnpm@${PNPM_VERSION}`]) !== 0) {
    fail(`could not install pnpm. Run: npm install --global pnpm@${PNPM_VERSION}`);
  }
}

function aptInstall(packages, why) {
  if (!isRoot) {
    fail(
      `${why} is missing. Run: sudo apt-get update && sudo apt-get install -y ${packages.join(' ')}`,
    );
  }
  say(`installing ${packages.join(', ')} from Debian (${why})`);
  const ok =
    run('apt-get', ['update', '-qq']) === 0 &&
    run('apt-get', ['install', '-y', '-qq', ...packages], {
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    }) === 0;
  if (!ok)
    fail(
      `could not install ${why}. Run: apt-get update && apt-get install -y ${packages.join(' ')}`,
    );
}

function ensureChromium() {
  if (existsSync(chromiumPath())) return;
  aptInstall(['chromium'], 'Chromium, for the browser tests');
}

function installWorkspace() {
  const env = { ...process.env };
  // better-sqlite3 compiles against Node's headers; use the machine's copy, as npm is set to.
  if (!env.npm_config_nodedir && existsSync('/usr/include/node/node.h')) {
    env.npm_config_nodedir = '/usr';
  }
  if (run('pnpm', ['install', '--frozen-lockfile'], { env }) !== 0) {
    fail('pnpm install failed (see above).');
  }
}

checkNode();
ensurePnpm();

if (job === 'start') {
  installWorkspace();
  process.exit(run('pnpm', ['run', 'start:app']));
} else if (job === 'test') {
  ensureChromium();
  installWorkspace();
  const postgres = await startTestPostgres({ isRoot, aptInstall, say });
  const env = { ...process.env, ...postgres.env };
  const status = run('pnpm', ['run', 'test:all'], { env });
  await postgres.stop();
  process.exit(status);
} else {
  fail('usage: node scripts/run.mjs start|test');
}
