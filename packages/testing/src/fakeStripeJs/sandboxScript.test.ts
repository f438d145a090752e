// @vitest-environment jsdom
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type StripeSandbox, startStripeSandbox } from '../startStripeSandbox';
import type { FakeStripeConstructor } from './types';

let sandbox: StripeSandbox;

beforeAll(async () => {
  sandbox = await startStripeSandbox();
});

afterAll(async () => {
  await sandbox.stop();
});

type Page = typeof globalThis & { Stripe?: FakeStripeConstructor; PelagoFakeStripeJs?: unknown };

describe('the fake Stripe.js script at /v3, run in a page', () => {
  it("defines window.Stripe, which tokenizes a typed card on the key's account", async () => {
    const script = await (await fetch(sandbox.stripeJsUrl)).text();
    // As a classic script: run in the page's global scope.
    new Function(script)();
    const page = window as unknown as Page;
    expect(page.Stripe?.version).toBe('endive');
    expect(page.PelagoFakeStripeJs).toBeUndefined();

    const stripe = (page.Stripe as FakeStripeConstructor)(
      sandbox.publishableKeyFor(sandbox.keys.chargesOnly),
    );
    const host = document.createElement('div');
    document.body.append(host);
    const element = stripe.elements().create('card');
    element.mount(host);
    const values = ['4242424242424242', `12${(new Date().getFullYear() + 2) % 100}`, '123'];
    host.querySelectorAll('input').forEach((input, index) => {
      input.value = values[index] ?? '';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    const made = await stripe.createToken(element);
    if (!('token' in made)) throw new Error(`expected a token, got ${made.error.message}`);
    expect(made.token.card.last4).toBe('4242');

    // The token is the sandbox's, on the publishable key's account only.
    const charge = await fetch(`${sandbox.url}/v1/charges`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${sandbox.keys.chargesOnly}`,
        'content-type': 'application/x-www-form-urlencoded',
      },
      body: `amount=2500&currency=usd&source=${made.token.id}`,
    });
    expect(charge.status).toBe(200);
    delete page.Stripe;
  });
});
