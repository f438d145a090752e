// A merchant connects both Stripe keys, then attendees pay $25 on the merchant's own account at
// the example site's registration page, with the keyboard alone, in Chromium: the real handlers
// (the owner's and the attendee's), a SQLite vault, the offline Stripe sandbox and its fake
// Stripe.js. A declined card charges nothing, and a payment whose answer was lost after Stripe
// charged is charged once however often it is retried.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { redactKey } from '@pelago/connect-core';
import { findKeyLeaks, type StripeObject } from '@pelago/connect-testing';
import type { Browser, Page } from 'playwright';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { HostApp } from '../../examples/host-app/server.mjs';
import { browserTexts } from './browserTexts';
import { focusedName, tabTo as tabToOn } from './keyboard';
import { openSite, type SentRequest, type SiteInBrowser } from './site';

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

let site: SiteInBrowser;
let app: HostApp;
let browser: Browser;
let page: Page;
/** Every request the page sends, with its idempotency key when it has one. */
const sent: SentRequest[] = [];
/** Request counts measured along the way, printed at the end for the figures. */
const figures: Record<string, number> = {};
/** Uncaught errors on the pages, which would be crashes the attendee sees. */
const pageErrors: string[] = [];
const path = (url: string) => new URL(url).pathname;
/** The `POST /charges` requests the registration page sent to its API. */
const chargePosts = () =>
  sent.filter((r) => r.method === 'POST' && path(r.url) === '/api/pelago-checkout/charges');

/** The merchant's account in the sandbox: the one the `full` key (and its pk) belong to. */
let account = '';
/** Charges on the merchant's account, newest first. */
const merchantCharges = () => app.sandbox.listCharges(account);
const succeeded = async () =>
  (await merchantCharges()).filter((charge) => charge.status === 'succeeded');
const withOrder = (charges: StripeObject[], orderRef: string) =>
  charges.filter(
    (charge) => (charge.metadata as Record<string, string> | undefined)?.order_ref === orderRef,
  );

beforeAll(async () => {
  // Sample orders first, so the admin page shows the new payment above older ones.
  site = await openSite('checkout', {
    viewport: { width: 1280, height: 1000 },
    sent,
    seedCharges: true,
  });
  ({ app, browser, page } = site);
  account = app.sandbox.accountOf(app.sandbox.keys.full);
  // A wait that fails says what it waited for, before the test's own time is up.
  page.setDefaultTimeout(15_000);
  page.on('pageerror', (error) => pageErrors.push(error.message));
}, 120_000);

afterAll(() => site?.close());

beforeEach(() => {
  app.sandbox.faults.clear();
});

const tabTo = (name: string | RegExp, options?: { backwards?: boolean }) =>
  tabToOn(page, name, options);

async function press(name: string | RegExp): Promise<void> {
  await tabTo(name);
  await page.keyboard.press('Enter');
}

/** Replaces a field's text, as typed (or pasted, with `paste`). */
async function fill(field: string, text: string, { paste = false } = {}): Promise<void> {
  await tabTo(field);
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Backspace');
  if (paste) await page.keyboard.insertText(text);
  else await page.keyboard.type(text);
}

/**
 * No restricted or secret key of the sandbox anywhere the browser keeps or shows text: the DOM,
 * field values, storage, cookies, the URL, and the URL of every request sent so far.
 */
async function expectNoKeyInBrowser(): Promise<void> {
  const state = await browserTexts(page);
  const texts = {
    ...state,
    contextCookies: JSON.stringify(await page.context().cookies()),
    requestUrls: sent.map((r) => r.url).join('\n'),
  };
  const leaks = findKeyLeaks(Object.values(texts), app.sandbox.secretKeys());
  expect(
    leaks.map((leak) => `${Object.keys(texts)[leak.index]}: ${leak.keyRedacted}`),
    'a restricted or secret key in the browser',
  ).toEqual([]);
}

/** Opens the registration page and gives the attendee's details; the card field is next. */
async function startRegistration(name: string, email: string): Promise<string> {
  // A new attendee: the order an earlier one left unpaid in this tab is not theirs.
  await page.evaluate(() => {
    try {
      sessionStorage.clear();
    } catch {
      // A blank page has no storage of its own.
    }
  });
  await page.goto(`${app.url}/register`);
  await page.getByRole('heading', { level: 1, name: /^Register for .* — \$25\.00$/ }).waitFor();
  await fill('Full name', name);
  await fill('Email for the receipt', email);
  await press('Continue to payment');
  await page.getByRole('heading', { name: 'Card payment' }).waitFor();
  const summary = await page.locator('p', { hasText: /Order REG-/ }).textContent();
  const orderRef = /REG-[A-Z0-9]+/.exec(summary ?? '')?.[0];
  expect(orderRef).toBeTruthy();
  return orderRef!;
}

/**
 * Types a test card into the empty card field, as an attendee would: like Stripe's, the field
 * moves on to the expiry and the CVC by itself once the part before is complete.
 */
async function typeCard(number: string): Promise<void> {
  await page.getByLabel('Card number').waitFor();
  await tabTo('Card number');
  await page.keyboard.type(number);
  await tabTo('Expiration date (MM / YY)');
  await page.keyboard.type(`12${String((new Date().getUTCFullYear() + 3) % 100)}`);
  await tabTo('Security code (CVC)');
  await page.keyboard.type('123');
}

/** Waits for the receipt of a payment and answers its reference, the charge id. */
async function receiptReference(): Promise<string> {
  const receipt = page.getByText(/^Receipt reference ch_[A-Za-z0-9]+$/);
  await receipt.waitFor();
  return /ch_[A-Za-z0-9]+/.exec((await receipt.textContent()) ?? '')![0];
}

/** Presses the pay button, which names the amount. */
const pay = () => press(/^Pay \$25\.00/);

/** The owner's view of the key, as the setup page reads it. */
const ownerStatus = () =>
  page.evaluate(async () => (await (await fetch('/api/pelago/key')).json()).status);

describe('checkout end to end, keyboard only', { timeout: 60_000 }, () => {
  it('refuses a publishable key of another Stripe account, saying which one to paste', async () => {
    await page.goto(app.url);
    await press('I already have a key');
    await fill('Restricted key', app.sandbox.keys.full, { paste: true });
    await fill('Publishable key', app.sandbox.publishableKeyFor(app.sandbox.keys.chargesOnly), {
      paste: true,
    });
    await press('Verify and connect');
    await page
      .getByText(
        'This publishable key is from another Stripe account. Paste the one from the account your restricted key belongs to.',
      )
      .first()
      .waitFor();
    // Nothing was stored: the merchant pastes the right one and connects again.
    expect(await ownerStatus()).toEqual({ connected: false });
    await expectNoKeyInBrowser();
  });

  it('connects both keys at /; until a payment confirms the pair, the status says so', async () => {
    // Stripe cannot say now whether the keys belong together (as in live mode, where no token
    // can be made without a real card): the check's token is not made.
    const noToken = app.sandbox.faults.add({
      method: 'POST',
      path: '/v1/tokens',
      status: 500,
      count: Number.POSITIVE_INFINITY,
    });
    await page.goto(app.url);
    await press('I already have a key');
    await fill('Restricted key', app.sandbox.keys.full, { paste: true });
    await fill('Publishable key', app.sandbox.publishableKeyFor(app.sandbox.keys.full), {
      paste: true,
    });
    await press('Verify and connect');
    await page.getByRole('heading', { name: 'Stripe is connected' }).waitFor();
    noToken.remove();
    // The publishable key is public: the status shows it whole, and whether payments are ready.
    await page.getByText(app.sandbox.publishableKeyFor(app.sandbox.keys.full)).first().waitFor();
    await page.getByText('Attendees can pay (not confirmed yet)').waitFor();
    await page.getByText('We’ll confirm it with the first payment').waitFor();
    const status = await ownerStatus();
    expect(status).toMatchObject({
      publishableKey: app.sandbox.publishableKeyFor(app.sandbox.keys.full),
      publishableKeyPairing: 'unconfirmed',
      payments: 'unconfirmed',
    });
    await expectNoKeyInBrowser();
  });

  let paidOrder = '';
  let paidChargeId = '';

  it('takes $25 with 4242 4242 4242 4242 in exactly one Stripe charge, on the merchant account', async () => {
    const sentBefore = sent.length;
    paidOrder = await startRegistration('Ada Lovelace', 'ada@example.com');
    await typeCard('4242 4242 4242 4242');
    const chargesBefore = (await merchantCharges()).length;
    app.sandbox.requests.clear();
    await pay();
    paidChargeId = await receiptReference();
    await page.getByText('$25.00').first().waitFor();
    await page
      .getByText(/Paid \$25\.00 with Visa\s••••\s4242\./)
      .first()
      .waitFor();
    await page.getByText(`your order reference is ${paidOrder}`, { exact: false }).waitFor();

    // What reached Stripe: one token with the publishable key (from the browser), one charge
    // with the restricted key (from the server), nothing else that could move money.
    const posts = app.sandbox.requests.list({ method: 'POST' });
    expect(posts.map((r) => r.path)).toEqual(['/v1/tokens', '/v1/charges']);
    expect(app.sandbox.requests.count({ method: 'POST', path: '/v1/charges' })).toBe(1);
    figures['Stripe POST /v1/charges per payment'] = app.sandbox.requests.count({
      method: 'POST',
      path: '/v1/charges',
    });
    figures['Stripe requests per payment'] = app.sandbox.requests.length;
    expect(app.sandbox.requests.list({ method: 'POST', path: '/v1/charges' })[0]).toMatchObject({
      keyRedacted: redactKey(app.sandbox.keys.full),
      status: 200,
    });
    expect(app.sandbox.requests.list({ method: 'POST', path: '/v1/tokens' })).toEqual([
      expect.objectContaining({
        keyRedacted: redactKey(app.sandbox.publishableKeyFor(app.sandbox.keys.full)),
        status: 200,
      }),
    ]);
    expect(chargePosts()).toHaveLength(1);
    // The page spoke to the attendee's API only, never the owner's.
    const apiCalls = sent.slice(sentBefore).filter((r) => path(r.url).startsWith('/api/'));
    expect(apiCalls.length).toBeGreaterThan(0);
    expect(apiCalls.filter((r) => !path(r.url).startsWith('/api/pelago-checkout/'))).toEqual([]);

    // The charge is on the merchant's own account, as the page described it.
    const charges = await merchantCharges();
    expect(charges).toHaveLength(chargesBefore + 1);
    expect(charges[0]).toMatchObject({
      id: paidChargeId,
      amount: 2500,
      currency: 'usd',
      status: 'succeeded',
      receipt_email: 'ada@example.com',
      metadata: expect.objectContaining({ order_ref: paidOrder }),
    });
    for (const other of ['chargesOnly', 'readOnly']) {
      const otherAccount = app.sandbox.accountOf(app.sandbox.keys[other]!);
      expect(withOrder(await app.sandbox.listCharges(otherAccount), paidOrder)).toEqual([]);
    }

    // The payment proved the pair of keys belongs together, and the setup page says so.
    expect(await ownerStatus()).toMatchObject({
      publishableKeyPairing: 'confirmed',
      payments: 'ready',
    });
    await page.goto(app.url);
    await page.getByText('Attendees can pay', { exact: true }).waitFor();
    await page.getByText('Matches your key’s account').waitFor();
    await expectNoKeyInBrowser();
  });

  it('lets attendees pay, and nothing more: their API lists no charges and refunds nothing', async () => {
    const answers = await page.evaluate(async (chargeId) => {
      const refund = await fetch('/api/pelago-checkout/refunds', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ chargeId, idempotencyKey: 'attendee-refund' }),
      });
      const list = await fetch('/api/pelago-checkout/charges');
      return [list.status, refund.status];
    }, paidChargeId);
    expect(answers).toEqual([403, 403]);
    const refunds = await app.sandbox.listRefunds(account);
    expect(refunds.filter((refund) => refund.charge === paidChargeId)).toEqual([]);
  });

  it('charges only the ticket’s price, whatever amount a tampered page sends', async () => {
    app.sandbox.requests.clear();
    const answer = await page.evaluate(async () => {
      const response = await fetch('/api/pelago-checkout/charges', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          amount: 50,
          currency: 'usd',
          source: 'tok_visa',
          idempotencyKey: 'tampered-amount',
        }),
      });
      return [response.status, (await response.json()).error.code];
    });
    expect(answer).toEqual([403, 'forbidden']);
    expect(app.sandbox.requests.count({ method: 'POST', path: '/v1/charges' })).toBe(0);
  });

  it('says a declined card was declined, and charges nothing', async () => {
    const orderRef = await startRegistration('Grace Hopper', 'grace@example.com');
    await typeCard('4000 0000 0000 0002');
    const paidBefore = (await succeeded()).length;
    app.sandbox.requests.clear();
    await pay();
    // The decline reason in words, and that nothing was charged.
    await page
      .getByRole('alert')
      .filter({ hasText: 'Your card was declined by the bank. You have not been charged.' })
      .waitFor();
    expect(app.sandbox.requests.count({ method: 'POST', path: '/v1/charges' })).toBe(1);
    expect((await succeeded()).length).toBe(paidBefore);
    expect(withOrder(await succeeded(), orderRef)).toEqual([]);
    expect(await page.getByText(/ch_[A-Za-z0-9]+/).count()).toBe(0);
    // Nothing was charged, so the details may still change: focus goes to them and back.
    await press('Change details');
    await expect.poll(() => focusedName(page)).toBe('Full name');
    await fill('Email for the receipt', 'grace.hopper@example.com');
    await press('Continue to payment');
    await expect.poll(() => focusedName(page)).toBe('Card payment');
    await page.getByText('Grace Hopper, grace.hopper@example.com').waitFor();
    await expectNoKeyInBrowser();
  });

  it('explains a card that needs its bank’s extra check, and charges nothing', async () => {
    const orderRef = await startRegistration('Annie Easley', 'annie@example.com');
    await typeCard('4000 0025 0000 3155');
    await pay();
    await page
      .getByRole('alert')
      .filter({ hasText: 'which this form cannot do. You have not been charged.' })
      .waitFor();
    expect(withOrder(await succeeded(), orderRef)).toEqual([]);
    await expectNoKeyInBrowser();
  });

  it('charges once when the answer is lost after Stripe charged, then Try again succeeds', async () => {
    const orderRef = await startRegistration('Katherine Johnson', 'katherine@example.com');
    await typeCard('4242 4242 4242 4242');
    const postsBefore = chargePosts().length;
    app.sandbox.requests.clear();
    // Stripe makes the charge, then every answer to it is lost, the server's own retries too.
    const lost = app.sandbox.faults.add({
      method: 'POST',
      path: '/v1/charges',
      drop: true,
      afterAction: true,
      count: Number.POSITIVE_INFINITY,
    });
    await pay();
    // The attendee hears that the outcome is unknown, and that trying again charges no more.
    await page
      .getByRole('alert')
      .filter({ hasText: 'We couldn’t confirm your payment' })
      .filter({
        hasText: /Try again: (nothing more will be charged|you will not be charged twice)/,
      })
      .waitFor({ timeout: 30_000 });
    // Stripe did charge: once.
    expect(withOrder(await succeeded(), orderRef)).toHaveLength(1);
    // Until it is settled, the payment cannot become another one with other details.
    expect(await page.getByRole('button', { name: 'Change details' }).count()).toBe(0);
    lost.remove();

    await press('Try again');
    const shown = await receiptReference();
    const charges = withOrder(await merchantCharges(), orderRef);
    expect(charges).toHaveLength(1);
    expect(charges[0]).toMatchObject({
      id: shown,
      amount: 2500,
      currency: 'usd',
      status: 'succeeded',
    });
    // The retry carried the idempotency key of the attempt whose answer was lost.
    const keys = chargePosts()
      .slice(postsBefore)
      .map((r) => r.idempotencyKey);
    expect(keys.length).toBeGreaterThanOrEqual(2);
    expect(new Set(keys).size).toBe(1);
    expect(keys[0]).toBeTruthy();
    // In Stripe's log: the charge made once, its answers lost, then the retry answered from
    // Stripe's idempotency store, every request under the same key.
    const stripeCharges = app.sandbox.requests.list({ method: 'POST', path: '/v1/charges' });
    expect(stripeCharges.at(-1)).toMatchObject({ status: 200, replayed: true });
    expect(stripeCharges.slice(0, -1).every((r) => r.fault === 'drop' && r.afterAction)).toBe(true);
    expect(new Set(stripeCharges.map((r) => r.idempotencyKey)).size).toBe(1);
    figures['Stripe POST /v1/charges for the lost-answer payment'] = stripeCharges.length;
    await expectNoKeyInBrowser();
  });

  it('after a lost answer and a reload, Try again takes up the same payment: one charge', async () => {
    const orderRef = await startRegistration('Dorothy Vaughan', 'dorothy@example.com');
    await typeCard('4242 4242 4242 4242');
    const postsBefore = chargePosts().length;
    app.sandbox.requests.clear();
    const lost = app.sandbox.faults.add({
      method: 'POST',
      path: '/v1/charges',
      drop: true,
      afterAction: true,
      count: Number.POSITIVE_INFINITY,
    });
    await pay();
    await page
      .getByRole('alert')
      .filter({ hasText: 'We couldn’t confirm your payment' })
      .waitFor({ timeout: 30_000 });
    expect(withOrder(await succeeded(), orderRef)).toHaveLength(1);
    lost.remove();
    await expectNoKeyInBrowser();

    // The attendee reloads instead of pressing Try again: the same order, the same payment.
    await page.reload();
    await page
      .getByRole('alert')
      .filter({ hasText: 'We couldn’t confirm your payment' })
      .filter({ hasText: 'We couldn’t confirm your last payment before the page was reloaded' })
      .filter({ hasText: 'Try again: nothing more will be charged.' })
      .waitFor();
    await page.getByText(`Order ${orderRef}`).waitFor();
    await page.getByText('Dorothy Vaughan, dorothy@example.com').waitFor();
    expect(await page.getByRole('button', { name: 'Change details' }).count()).toBe(0);
    await expectNoKeyInBrowser();

    // Nothing typed in the card field again: the token of the first attempt is sent.
    const tokensBefore = app.sandbox.requests.count({ method: 'POST', path: '/v1/tokens' });
    await press('Try again');
    const shown = await receiptReference();
    expect(app.sandbox.requests.count({ method: 'POST', path: '/v1/tokens' })).toBe(tokensBefore);
    const charges = withOrder(await merchantCharges(), orderRef);
    expect(charges).toHaveLength(1);
    expect(charges[0]).toMatchObject({ id: shown, amount: 2500, status: 'succeeded' });
    expect(withOrder(await succeeded(), orderRef)).toHaveLength(1);
    const posts = chargePosts().slice(postsBefore);
    const keys = posts.map((r) => r.idempotencyKey);
    expect(keys.length).toBeGreaterThanOrEqual(2);
    expect(new Set(keys).size).toBe(1);
    expect(keys[0]).toBeTruthy();
    expect(new Set(posts.map((r) => JSON.parse(r.body).source)).size).toBe(1);
    const stripeCharges = app.sandbox.requests.list({ method: 'POST', path: '/v1/charges' });
    expect(stripeCharges.at(-1)).toMatchObject({ status: 200, replayed: true });
    expect(new Set(stripeCharges.map((r) => r.idempotencyKey)).size).toBe(1);
    // Paid: the tab keeps neither the order nor the payment.
    expect(await page.evaluate(() => sessionStorage.length)).toBe(0);
    await expectNoKeyInBrowser();
    // Another reload shows a new registration, not the paid order.
    await page.reload();
    await page.getByRole('button', { name: 'Continue to payment' }).waitFor();
  });

  it('shows the payment on /admin, newest first, and finds it by its order reference', async () => {
    await page.goto(`${app.url}/admin`);
    await page.getByRole('table').waitFor();
    // The newest payment (the retried one) heads the list, above the sample orders.
    const rows = page.locator('tbody tr');
    await expect(rows.first().textContent()).resolves.toContain(
      'Autumn Summit community day: 1 ticket',
    );
    await fill('Find a payment', paidOrder);
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelectorAll('tbody tr').length === 1);
    const row = (await rows.first().textContent()) ?? '';
    expect(row).toContain('$25.00');
    expect(row).toContain('Autumn Summit community day: 1 ticket');
    await press('Autumn Summit community day: 1 ticket');
    const panel = page.getByRole('region', { name: /^Payment of / });
    await panel.waitFor();
    await panel.getByText('ada@example.com').waitFor();
    await panel.getByText('$25.00').first().waitFor();
    await expectNoKeyInBrowser();
  });

  it('says when Stripe.js cannot load, and Try again recovers once it can', async () => {
    // Blocked, as an ad blocker does: the page's Stripe.js and the one `loadStripe` falls back to.
    const blocked = (route: { abort: (code?: string) => Promise<void> }) =>
      route.abort('blockedbyclient');
    await page.route(app.stripeJsUrl, blocked);
    await page.route('https://js.stripe.com/**', blocked);
    await startRegistration('Mary Jackson', 'mary@example.com');
    await page
      .getByRole('alert')
      .filter({ hasText: 'We couldn’t load the secure card form' })
      .waitFor();
    expect(await page.getByLabel('Card number').count()).toBe(0);

    // Unblocked. The page's own script tag ran once and is not fetched again: Try again has
    // `loadStripe` add Stripe.js from js.stripe.com, which the sandbox's fake stands in for.
    await page.unroute(app.stripeJsUrl, blocked);
    await page.unroute('https://js.stripe.com/**', blocked);
    const script = await (await fetch(app.stripeJsUrl)).text();
    await page.route('https://js.stripe.com/**', (route) =>
      route.fulfill({ status: 200, contentType: 'text/javascript', body: script }),
    );
    await press('Try again');
    await page.getByLabel('Card number').waitFor();
    await typeCard('4242 4242 4242 4242');
    await pay();
    const reference = await receiptReference();
    expect((await merchantCharges())[0]).toMatchObject({ id: reference, status: 'succeeded' });
    await expectNoKeyInBrowser();
    expect(pageErrors).toEqual([]);
    // biome-ignore lint/suspicious/noConsole: the request counts the issue asks for
    console.info(`[checkout e2e] ${JSON.stringify(figures)}`);
  });

  it('passes axe at 320 and 1280 px, light and dark: details, card form, declined, paid', async () => {
    // A page of its own: axe is injected as a script, which the site's CSP would refuse.
    const context = await browser.newContext({ bypassCSP: true });
    const check = await context.newPage();
    check.setDefaultTimeout(15_000);
    const axe = async (where: string) => {
      await check.addScriptTag({ content: axeSource });
      const found = await check.evaluate(async () => {
        const results = await (
          window as unknown as {
            axe: { run: () => Promise<{ violations: { id: string; nodes: unknown[] }[] }> };
          }
        ).axe.run();
        return {
          violations: results.violations.map((v) => `${v.id}: ${v.nodes.length}`),
          overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
        };
      });
      expect(found.violations, where).toEqual([]);
      // The page never scrolls sideways, even on a 320 px phone.
      expect(found.overflow, where).toBeLessThanOrEqual(0);
    };
    const card = async (number: string) => {
      await check.getByLabel('Card number').fill(number);
      await check.getByLabel('Expiration date (MM / YY)').fill('1230');
      await check.getByLabel('Security code (CVC)').fill('123');
      await check.getByRole('button', { name: 'Pay $25.00' }).click();
    };
    try {
      for (const [width, query] of [
        [320, ''],
        [1280, ''],
        [320, '?theme=dark'],
        [1280, '?theme=dark'],
      ] as const) {
        const where = `${width} px ${query}`;
        await check.setViewportSize({ width, height: 800 });
        await check.goto(`${app.url}/register${query}`);
        await check.getByRole('button', { name: 'Continue to payment' }).click();
        // The site's own fields say what is missing.
        await check.getByText('Enter your name.').waitFor();
        await axe(`${where}, details missing`);
        await check.getByLabel('Full name').fill('Dorothy Vaughan');
        await check.getByLabel('Email for the receipt').fill('dorothy@example.com');
        await check.getByRole('button', { name: 'Continue to payment' }).click();
        await check.getByLabel('Card number').waitFor();
        await axe(`${where}, card form`);
        await card('4000000000000002');
        await check.getByRole('alert').filter({ hasText: 'declined' }).waitFor();
        await axe(`${where}, declined`);
        await card('4242424242424242');
        await check.getByText('Payment received').waitFor();
        await axe(`${where}, paid`);
      }
    } finally {
      await context.close();
    }
  });
});
