#!/usr/bin/env node
// The whole test suite, in the order a failure is cheapest to read: build, types, lint, tests
// (unit, React 18 and 19, stories in Chromium, end to end), the published packages, bundle size.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';

const report = '.tmp/vitest-report.json';
const steps = [
  { name: 'build', command: ['pnpm', 'run', 'build'], stopOnFailure: true },
  { name: 'typecheck', command: ['pnpm', 'run', 'typecheck'] },
  { name: 'lint and format', command: ['pnpm', 'run', 'lint'] },
  {
    name: 'tests',
    command: [
      'pnpm',
      'exec',
      'vitest',
      'run',
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${report}`,
    ],
    counts: readVitestCounts,
  },
  { name: 'packages', command: ['node', 'scripts/check-packages.mjs'], counts: readCountLine },
  { name: 'release', command: ['node', 'scripts/check-release.mjs'], counts: readCountLine },
  { name: 'bundle size', command: ['node', 'scripts/check-size.mjs'], counts: readCountLine },
  { name: 'storybook build', command: ['pnpm', 'run', 'build-storybook'] },
];

function readVitestCounts() {
  const json = JSON.parse(readFileSync(report, 'utf8'));
  return {
    passed: json.numPassedTests,
    failed: json.numFailedTests,
    skipped: json.numPendingTests + json.numTodoTests,
  };
}

function readCountLine(stdout) {
  const match = /(\d+) passed, (\d+) failed/.exec(stdout);
  return match ? { passed: Number(match[1]), failed: Number(match[2]), skipped: 0 } : null;
}

mkdirSync('.tmp', { recursive: true });
rmSync(report, { force: true });
const totals = { passed: 0, failed: 0, skipped: 0 };
const failedSteps = [];
for (const step of steps) {
  process.stdout.write(`\n[pelago] ── ${step.name} ──\n`);
  const [command, ...args] = step.command;
  const result = spawnSync(command, args, {
    stdio: ['inherit', 'pipe', 'inherit'],
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  process.stdout.write(result.stdout ?? '');
  let counts = null;
  try {
    counts = step.counts?.(result.stdout ?? '') ?? null;
  } catch {
    counts = null;
  }
  if (counts) {
    totals.passed += counts.passed;
    totals.failed += counts.failed;
    totals.skipped += counts.skipped;
  }
  if (result.status !== 0) {
    failedSteps.push(step.name);
    if (!counts) totals.failed += 1;
    if (step.stopOnFailure) break;
  }
}

process.stdout.write('\n');
if (failedSteps.length > 0)
  process.stdout.write(`[pelago] failed steps: ${failedSteps.join(', ')}\n`);
const skipped = totals.skipped > 0 ? `, ${totals.skipped} skipped` : '';
process.stdout.write(`tests: ${totals.passed} passed, ${totals.failed} failed${skipped}\n`);
process.exit(failedSteps.length > 0 ? 1 : 0);
