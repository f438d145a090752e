import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type StripeSandbox, startStripeSandbox } from '../startStripeSandbox';
import { apiTokenizer } from './apiTokenizer';
import type { FakeCardDetails } from './types';

const card = (number: string): FakeCardDetails => ({
  number,
  expMonth: 12,
  expYear: new Date().getFullYear() + 2,
  cvc: '123',
});

let sandbox: StripeSandbox;

beforeAll(async () => {
  sandbox = await startStripeSandbox();
});

afterAll(async () => {
  await sandbox.stop();
});

/** A charge with a merchant's restricted key, as the kit's server makes it. */
async function charge(key: string, source: string) {
  const response = await fetch(`${sandbox.url}/v1/charges`, {
    method: 'POST',
    headers: {
      authorization: `Bearer ${key}`,
      'content-type': 'application/x-www-form-urlencoded',
    },
    body: new URLSearchParams({ amount: '2500', currency: 'usd', source }).toString(),
  });
  return {
    status: response.status,
    body: (await response.json()) as { id?: string; error?: { code?: string; message?: string } },
  };
}

async function tokenFor(merchantKey: string, number: string): Promise<string> {
  const made = await apiTokenizer(sandbox.url)(
    sandbox.publishableKeyFor(merchantKey),
    card(number),
  );
  if (!('token' in made)) throw new Error(`expected a token, got ${made.error.message}`);
  return made.token.id;
}

describe('the apiBase tokenizer against the sandbox', () => {
  it("makes a token that the same account's restricted key can charge", async () => {
    const token = await tokenFor(sandbox.keys.chargesOnly, '4242424242424242');
    expect(token).toMatch(/^tok_/);
    const made = await charge(sandbox.keys.chargesOnly, token);
    expect(made.status).toBe(200);
    expect(await sandbox.countCharges(sandbox.accountOf(sandbox.keys.chargesOnly))).toBe(1);
  });

  it("answers No such token to another account's key", async () => {
    const token = await tokenFor(sandbox.keys.chargesOnly, '4242424242424242');
    expect(sandbox.accountOf(sandbox.keys.full)).not.toBe(
      sandbox.accountOf(sandbox.keys.chargesOnly),
    );
    const made = await charge(sandbox.keys.full, token);
    expect(made.status).toBe(400);
    expect(made.body.error?.message).toBe(`No such token: '${token}'`);
  });

  it("keeps the test card's behaviour: a declined card is declined", async () => {
    const token = await tokenFor(sandbox.keys.full, '4000000000000002');
    const made = await charge(sandbox.keys.full, token);
    expect(made.status).toBe(402);
    expect(made.body.error?.code).toBe('card_declined');
  });

  it("passes Stripe's refusals on as Stripe.js errors", async () => {
    const tokenize = apiTokenizer(sandbox.url);
    expect(await tokenize(sandbox.keys.publishable, card('4242424242424241'))).toEqual({
      error: {
        type: 'card_error',
        code: 'incorrect_number',
        message: 'Your card number is incorrect.',
        param: 'number',
      },
    });
    const unknown = await tokenize('pk_test_notasandboxkey', card('4242424242424242'));
    expect(unknown).toMatchObject({ error: { type: 'invalid_request_error' } });
  });

  it('answers api_connection_error when the sandbox cannot be reached', async () => {
    const gone = await startStripeSandbox();
    const url = gone.url;
    await gone.stop();
    expect(await apiTokenizer(url)('pk_test_abc', card('4242424242424242'))).toMatchObject({
      error: { type: 'api_connection_error' },
    });
  });
});

describe('CORS on the sandbox', () => {
  it('answers the preflight of POST /v1/tokens', async () => {
    const response = await fetch(`${sandbox.url}/v1/tokens`, {
      method: 'OPTIONS',
      headers: {
        origin: 'http://localhost:5173',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'authorization, content-type',
      },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(response.headers.get('access-control-allow-methods')).toContain('POST');
    expect(response.headers.get('access-control-allow-headers')?.toLowerCase()).toContain(
      'authorization',
    );
  });

  it('lets a page read token answers made with a publishable key only', async () => {
    const post = (key: string) =>
      fetch(`${sandbox.url}/v1/tokens`, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${key}`,
          'content-type': 'application/x-www-form-urlencoded',
        },
        body: 'card=tok_visa',
      });
    expect((await post(sandbox.keys.publishable)).headers.get('access-control-allow-origin')).toBe(
      '*',
    );
    expect((await post(sandbox.keys.secret)).headers.has('access-control-allow-origin')).toBe(
      false,
    );
  });

  it('gives routes of secret and restricted keys no CORS headers', async () => {
    const preflight = await fetch(`${sandbox.url}/v1/charges`, {
      method: 'OPTIONS',
      headers: { origin: 'http://localhost:5173', 'access-control-request-method': 'POST' },
    });
    expect(preflight.headers.has('access-control-allow-origin')).toBe(false);
    const response = await fetch(`${sandbox.url}/v1/charges?limit=1`, {
      headers: { authorization: `Bearer ${sandbox.keys.full}` },
    });
    expect(response.status).toBe(200);
    expect(response.headers.has('access-control-allow-origin')).toBe(false);
  });
});

describe('the fake Stripe.js script at /v3', () => {
  it('is served as JavaScript at stripeJsUrl, with and without the slash', async () => {
    expect(sandbox.stripeJsUrl).toBe(`${sandbox.url}/v3`);
    for (const url of [sandbox.stripeJsUrl, `${sandbox.stripeJsUrl}/`]) {
      const response = await fetch(url);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^text\/javascript/);
    }
  });

  it('is not logged as a Stripe request', async () => {
    const before = sandbox.requests.length;
    await fetch(sandbox.stripeJsUrl);
    await fetch(`${sandbox.url}/v1/tokens`, { method: 'OPTIONS' });
    expect(sandbox.requests.length).toBe(before);
  });
});
