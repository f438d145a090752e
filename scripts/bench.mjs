#!/usr/bin/env node
// Runs every benchmark in bench/ against the built packages. Each prints its own ratio against
// a baseline measured in the same run; nothing here is a pass/fail threshold.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';

if (spawnSync('pnpm', ['run', 'build'], { stdio: 'inherit' }).status !== 0) process.exit(1);
let status = 0;
for (const file of readdirSync('bench')
  .filter((name) => name.endsWith('.bench.mjs'))
  .sort()) {
  process.stdout.write(`\n── bench/${file} ──\n`);
  status ||= spawnSync('node', [`bench/${file}`], { stdio: 'inherit' }).status ?? 1;
}
process.exit(status);
