import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from './runCli';
import type { StripeSandbox } from './startStripeSandbox';

let started: StripeSandbox | null = null;

afterEach(async () => {
  await started?.stop();
  started = null;
});

function collect() {
  const chunks: string[] = [];
  return { out: { write: (text: string) => chunks.push(text) }, text: () => chunks.join('') };
}

describe('pelago-stripe-sandbox', () => {
  it('starts a sandbox and prints its URL and keys with their permissions', async () => {
    const { out, text } = collect();
    const result = await runCli(['--port', '0'], out);
    started = result.sandbox;
    expect(result.exitCode).toBe(0);
    const url = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(text())?.[1];
    expect(url).toBe(started?.url);
    expect(text()).toContain('charge_write, refund_write');
    expect(text()).toContain('charge_read, refund_read');
    expect(text()).toContain('api_key_expired');

    // The printed full key works against the printed URL.
    const fullKey = /full\s+(rk_test_[A-Za-z0-9]+)/.exec(text())?.[1];
    const answer = await fetch(`${url}/v1/charges`, {
      headers: { authorization: `Bearer ${fullKey}` },
    });
    expect(answer.status).toBe(200);
  });

  it('prints the same keys for the same --seed', async () => {
    const first = collect();
    const one = await runCli(['--seed=demo'], first.out);
    await one.sandbox?.stop();
    const second = collect();
    const two = await runCli(['--seed', 'demo'], second.out);
    started = two.sandbox;
    const keysOf = (text: string) => text.match(/(rk|sk|pk)_test_[A-Za-z0-9]+/g);
    expect(keysOf(second.text())).toEqual(keysOf(first.text()));
  });

  it('prints help, and refuses unknown options with exit code 1', async () => {
    const help = collect();
    expect(await runCli(['--help'], help.out)).toEqual({ sandbox: null, exitCode: 0 });
    expect(help.text()).toContain('Usage: pelago-stripe-sandbox');

    const wrong = collect();
    expect(await runCli(['--prot', '1'], wrong.out)).toEqual({ sandbox: null, exitCode: 1 });
    expect(wrong.text()).toContain('Unknown option: --prot');
    const badPort = collect();
    expect((await runCli(['--port', 'abc'], badPort.out)).exitCode).toBe(1);
  });
});
