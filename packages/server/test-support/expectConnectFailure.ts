import { ConnectError } from '@pelago/connect-core';
import type { OutputRecorder } from '@pelago/connect-testing';
import { expect } from 'vitest';

/**
 * Test support: awaits a call expected to fail, asserts it failed with a `ConnectError`, and
 * hands the error to `recorder` so the suite's key-leak check sees it too.
 */
export async function expectConnectFailure(
  recorder: OutputRecorder,
  promise: Promise<unknown>,
): Promise<ConnectError> {
  const error = await promise.then(
    () => {
      throw new Error('Expected the call to fail.');
    },
    (caught: unknown) => caught,
  );
  recorder.record(error, JSON.stringify(error));
  expect(error).toBeInstanceOf(ConnectError);
  return error as ConnectError;
}
