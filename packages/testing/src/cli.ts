#!/usr/bin/env node
import { runCli } from './runCli';

// The command around runCli: stop cleanly on Ctrl+C or a termination signal.
runCli(process.argv.slice(2), process.stdout).then(
  ({ sandbox, exitCode }) => {
    if (!sandbox) {
      process.exitCode = exitCode;
      return;
    }
    const stop = () => {
      sandbox.stop().then(() => process.exit(0));
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  },
  (error: unknown) => {
    process.stderr.write(`The Stripe sandbox could not start: ${(error as Error).message}\n`);
    process.exitCode = 1;
  },
);
