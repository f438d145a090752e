// A merchant with a key Stripe shows only once survives a passing failure and a missing
// permission without pasting twice, with the keyboard alone, in Chromium, against the example
// partner site: the real handler, a SQLite vault and the offline Stripe sandbox injecting faults.
import type { Page } from 'playwright';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { HostApp } from '../../examples/host-app/server.mjs';
import { browserTexts } from './browserTexts';
import { tabTo as tabToOn } from './keyboard';
import { openSite, type SentRequest, type SiteInBrowser } from './site';

let site: SiteInBrowser;
let app: HostApp;
let page: Page;
const pastedKeys: string[] = [];
/** Every request the page sends, to prove what left the browser. */
const sent: SentRequest[] = [];
/** How many times the merchant pasted a key. */
let pastes = 0;

beforeAll(async () => {
  site = await openSite('recovery', { viewport: { width: 1024, height: 900 }, sent });
  ({ app, page } = site);
}, 120_000);

afterAll(() => site?.close());

const tabTo = (name: string | RegExp, options?: { backwards?: boolean }) =>
  tabToOn(page, name, options);

beforeEach(() => {
  app.sandbox.faults.clear();
});

async function press(name: string | RegExp): Promise<void> {
  await tabTo(name);
  await page.keyboard.press('Enter');
}

async function pasteKey(key: string): Promise<void> {
  pastedKeys.push(key);
  pastes += 1;
  await tabTo('Restricted key');
  await page.keyboard.insertText(key);
}

/** No pasted key in storage, cookies, the URL, the DOM or any field's value. */
async function expectNoKeyInBrowser(): Promise<void> {
  const state = await browserTexts(page);
  const cookies = JSON.stringify(await page.context().cookies());
  for (const key of pastedKeys) {
    for (const [where, text] of Object.entries({ ...state, cookies })) {
      expect(text.includes(key.slice(8)), `a pasted key is in ${where}`).toBe(false);
    }
  }
}

/** The POSTs to the key route that carried `key`, and proof it went nowhere else. */
function keyCarriers(key: string) {
  const secret = key.slice(8);
  expect(sent.filter((r) => r.url.includes(secret))).toEqual([]);
  const carriers = sent.filter((r) => r.body.includes(secret));
  for (const carrier of carriers) {
    expect(carrier.method).toBe('POST');
    expect(carrier.url.endsWith('/api/pelago/key')).toBe(true);
  }
  return carriers;
}

async function openForm(): Promise<void> {
  await page.goto(app.url);
  await page
    .getByRole('heading', { name: /API keys/i })
    .first()
    .waitFor();
  await press('I already have a key');
  await page.getByLabel('Restricted key', { exact: true }).waitFor();
}

describe('recovering from a failed check, keyboard only', () => {
  it('survives Stripe being busy and a dropped connection, then connects with one paste', async () => {
    const key = app.sandbox.addKey({ permissions: ['charge_write', 'refund_write'] });
    await openForm();
    // Stripe answers 429 to every probe with this key until the fault is removed.
    const busy = app.sandbox.faults.add({ key, status: 429, count: Number.POSITIVE_INFINITY });
    await pasteKey(key);
    await press('Verify and connect');
    await page.getByText('Stripe is busy right now').waitFor();
    await expect(page.getByText('Stripe is busy right now').count()).resolves.toBe(1);
    // Nothing was checked, so no list of question marks.
    await expect(page.getByText(/could not be checked/).count()).resolves.toBe(0);
    await expectNoKeyInBrowser();

    // Now the connection drops instead (every attempt, retries included).
    busy.remove();
    const dropped = app.sandbox.faults.add({ key, drop: true, count: Number.POSITIVE_INFINITY });
    await press('Try again');
    await page.getByText('The connection dropped').waitFor({ timeout: 30_000 });
    await expectNoKeyInBrowser();

    dropped.remove();
    await press('Try again');
    await page.getByRole('heading', { name: 'Stripe is connected' }).waitFor();
    await expectNoKeyInBrowser();

    expect(pastes).toBe(1);
    // Sent once per check, each time in a POST body to the key route, never in a URL.
    expect(keyCarriers(key)).toHaveLength(3);
  });

  it('fixes a missing permission in Stripe and checks the same key again, pasted once', async () => {
    // Start again from nothing connected.
    await page.evaluate(async () => {
      await fetch('/api/pelago/key', { method: 'DELETE' });
    });
    pastes = 0;
    const key = app.sandbox.addKey({ permissions: ['charge_write'] });
    await openForm();
    await pasteKey(key);
    await press('Verify and connect');
    await page.getByText('Refunds: missing').waitFor();
    await page.getByText('Charges: write access').waitFor();
    await expectNoKeyInBrowser();

    // The fix path: the guide's steps for editing the existing key.
    await press('Show me how to set permissions');
    const checkAgain = page.getByRole('button', {
      name: 'I’ve updated the permissions — check again',
    });
    for (let step = 0; step < 8 && (await checkAgain.count()) === 0; step += 1) {
      await press(/^Next/);
    }
    await checkAgain.waitFor();
    await expect(page.getByText('Create the key').count()).resolves.toBe(0);
    await expectNoKeyInBrowser();

    // Meanwhile, in Stripe: Refunds set to Write on the same key.
    app.sandbox.setKeyPermissions(key, ['charge_write', 'refund_write']);
    await press('I’ve updated the permissions — check again');
    await page.getByRole('heading', { name: 'Stripe is connected' }).waitFor();
    await expectNoKeyInBrowser();

    expect(pastes).toBe(1);
    expect(keyCarriers(key)).toHaveLength(2);
  });

  it('asks for the key again after a reload: it was never stored in the browser', async () => {
    await page.evaluate(async () => {
      await fetch('/api/pelago/key', { method: 'DELETE' });
    });
    const key = app.sandbox.addKey({ permissions: ['charge_write', 'refund_write'] });
    await openForm();
    app.sandbox.faults.add({ key, status: 429, count: Number.POSITIVE_INFINITY });
    await pasteKey(key);
    await press('Verify and connect');
    await page.getByRole('button', { name: 'Try again' }).waitFor();
    await page.reload();
    await press('I already have a key');
    await expect(page.getByRole('button', { name: 'Try again' }).count()).resolves.toBe(0);
    await expectNoKeyInBrowser();
  });
});
