// The example site and a Chromium page on it, started and stopped alike for each end-to-end test.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright';
import {
  type HostApp,
  type HostAppOptions,
  startHostApp,
} from '../../examples/host-app/server.mjs';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.mjs';

/** A request the page sent, with its idempotency key when it has one. */
export interface SentRequest {
  method: string;
  url: string;
  body: string;
  idempotencyKey?: string;
}

export interface SiteInBrowser {
  app: HostApp;
  browser: Browser;
  page: Page;
  /** Closes the browser, stops the site and deletes its vault. */
  close(): Promise<void>;
}

/**
 * Starts the example site on a free port with its vault in a new temporary folder (named after
 * `name`), and opens a Chromium page of `viewport` size. Every request the page sends is kept in
 * `sent`, to prove what left the browser.
 */
export async function openSite(
  name: string,
  {
    viewport,
    sent,
    ...appOptions
  }: Omit<HostAppOptions, 'port' | 'dataDir'> & {
    viewport: { width: number; height: number };
    sent: SentRequest[];
  },
): Promise<SiteInBrowser> {
  const dataDir = mkdtempSync(join(tmpdir(), `pelago-e2e-${name}-`));
  let app: HostApp | undefined;
  let browser: Browser | undefined;
  const close = async () => {
    await browser?.close();
    await app?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    app = await startHostApp({ ...appOptions, port: 0, dataDir });
    browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
    const page = await browser.newPage({ viewport });
    page.on('request', (request) => {
      const idempotencyKey = request.headers()['idempotency-key'];
      sent.push({
        method: request.method(),
        url: request.url(),
        body: request.postData() ?? '',
        ...(idempotencyKey ? { idempotencyKey } : {}),
      });
    });
    return { app, browser, page, close };
  } catch (error) {
    await close();
    throw error;
  }
}
