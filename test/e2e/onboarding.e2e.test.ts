// A merchant goes from nothing to connected with the keyboard alone, in Chromium, against the
// example partner site: the real handler, a SQLite vault and the offline Stripe sandbox.
import type { Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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

beforeAll(async () => {
  site = await openSite('onboarding', { viewport: { width: 1024, height: 900 }, sent });
  ({ app, page } = site);
}, 120_000);

afterAll(() => site?.close());

const tabTo = (name: string | RegExp, options?: { backwards?: boolean }) =>
  tabToOn(page, name, options);

async function pasteKey(key: string): Promise<void> {
  pastedKeys.push(key);
  await tabTo('Restricted key');
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Backspace');
  await page.keyboard.insertText(key);
}

/** No pasted key in storage, cookies, the URL, the DOM or any field's value. */
async function expectNoKeyInBrowser(): Promise<void> {
  const state = await browserTexts(page);
  const cookies = JSON.stringify(await page.context().cookies());
  for (const key of pastedKeys) {
    const secretPart = key.slice(8);
    for (const [where, text] of Object.entries({ ...state, cookies })) {
      expect(text.includes(secretPart), `a pasted key is in ${where}`).toBe(false);
    }
  }
}

describe('onboarding end to end, keyboard only', () => {
  it('walks the guide to the key-entry step', async () => {
    await page.goto(app.url);
    await page
      .getByRole('heading', { name: /API keys/i })
      .first()
      .waitFor();
    for (let step = 0; step < 12; step += 1) {
      if ((await page.getByLabel('Restricted key', { exact: true }).count()) > 0) break;
      await tabTo(/^Next/);
      await page.keyboard.press('Enter');
    }
    await expect(page.getByLabel('Restricted key', { exact: true }).count()).resolves.toBe(1);
  });

  it('refuses a secret key in the browser: it is never sent, and nothing reaches Stripe', async () => {
    app.sandbox.requests.clear();
    const sentBefore = sent.length;
    await pasteKey(app.sandbox.keys.secret);
    await page
      .getByText(/secret key/i)
      .first()
      .waitFor();
    await tabTo('Verify and connect');
    await page.keyboard.press('Enter');
    await page.waitForTimeout(300);
    expect(app.sandbox.requests.count()).toBe(0);
    const secret = app.sandbox.keys.secret.slice(8);
    expect(sent.slice(sentBefore).filter((r) => r.body.includes(secret))).toEqual([]);
    expect(sent.slice(sentBefore).filter((r) => r.method === 'POST')).toEqual([]);
    await expectNoKeyInBrowser();
  });

  it('shows what a charges-only key lacks', async () => {
    app.sandbox.requests.clear();
    await pasteKey(app.sandbox.keys.chargesOnly);
    await tabTo('Verify and connect');
    await page.keyboard.press('Enter');
    await page.getByText('Refunds: missing').waitFor();
    await page.getByText('Charges: write access').waitFor();
    expect(app.sandbox.requests.count()).toBe(2);
    expect(await app.sandbox.countCharges()).toBe(0);
    await expectNoKeyInBrowser();
  });

  it('connects with a fully permitted key', async () => {
    await pasteKey(app.sandbox.keys.full);
    await tabTo('Verify and connect');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Stripe is connected' }).waitFor();
    await expectNoKeyInBrowser();
  });

  it('is still connected after a reload, and opens on the status', async () => {
    await page.reload();
    await page.getByRole('heading', { name: 'Stripe is connected' }).waitFor();
    await expect(page.getByText(/rk_test_…/).count()).resolves.toBeGreaterThan(0);
    await expectNoKeyInBrowser();
  });

  it('sent each key once, in a POST body, never in a URL', () => {
    for (const key of pastedKeys) {
      const secretPart = key.slice(8);
      expect(sent.filter((r) => r.url.includes(secretPart))).toEqual([]);
      const carriers = sent.filter((r) => r.body.includes(secretPart));
      expect(carriers.every((r) => r.method === 'POST' && r.url.endsWith('/api/pelago/key'))).toBe(
        true,
      );
    }
    expect(
      sent.filter((r) => r.method === 'POST' && r.url.endsWith('/api/pelago/key')),
    ).toHaveLength(2);
  });

  it('disconnects after a confirmation', async () => {
    await page.keyboard.press('Tab');
    await tabTo('Disconnect');
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('alertdialog', { name: 'Disconnect Stripe?' });
    await dialog.waitFor();
    await tabTo('Disconnect');
    expect(
      await page.evaluate(() => !!document.activeElement?.closest('[role="alertdialog"]')),
    ).toBe(true);
    await page.keyboard.press('Enter');
    await page
      .getByRole('heading', { name: /API keys/i })
      .first()
      .waitFor();
    const answer = await page.evaluate(async () => (await fetch('/api/pelago/key')).json());
    expect(answer).toEqual({ status: { connected: false } });
    await expectNoKeyInBrowser();
  });
});
