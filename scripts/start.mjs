#!/usr/bin/env node
// The main job: Storybook for designers on :6006 and the example partner site on :3000, side by
// side, until Ctrl-C. The partner site runs on the built packages, so they are built first.
import { spawn, spawnSync } from 'node:child_process';

if (spawnSync('pnpm', ['run', 'build'], { stdio: 'inherit' }).status !== 0) process.exit(1);

const children = [
  spawn('pnpm', ['run', 'storybook'], { stdio: 'inherit' }),
  spawn('node', ['examples/host-app/server.mjs'], { stdio: 'inherit' }),
];
process.stdout.write(
  '\n[pelago] Storybook: http://localhost:6006   Example partner site: http://localhost:3000\n\n',
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
