#!/usr/bin/env node
// The main job: Storybook for designers on :6006, the example partner site on :3000 and its
// Next.js App Router twin on :3100, side by side, until Ctrl-C. The sites run on the built
// packages, so they are built first.
import { spawn, spawnSync } from 'node:child_process';

if (spawnSync('pnpm', ['run', 'build'], { stdio: 'inherit' }).status !== 0) process.exit(1);

const children = [
  spawn('pnpm', ['run', 'storybook'], { stdio: 'inherit' }),
  spawn('node', ['examples/host-app/server.mjs'], { stdio: 'inherit' }),
  // The same site on the Next.js App Router, in dev mode: ready at once, pages compile when
  // first opened, and its sandbox keys print with the first request. Started directly, not
  // through pnpm, so that stopping it also stops its server process.
  spawn('node_modules/.bin/next', ['dev', '--hostname', '127.0.0.1', '--port', '3100'], {
    cwd: 'examples/next-app',
    stdio: 'inherit',
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
  }),
];
process.stdout.write(
  '\n[pelago] Storybook: http://localhost:6006   Example partner site: http://localhost:3000' +
    ' (registration at /register, orders at /admin)   On Next.js: http://localhost:3100\n\n',
);

let stopping = false;
function stopAll(code) {
  if (stopping) return;
  stopping = true;
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  process.exitCode = code;
}
for (const child of children) child.on('exit', (code) => stopAll(code ?? 0));
process.on('SIGINT', () => stopAll(0));
process.on('SIGTERM', () => stopAll(0));
