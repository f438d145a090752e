// The refund panel's time to first render of a charge, in Chromium against the example site's
// admin page (real handler, SQLite vault, offline sandbox), versus a plain `fetch` of the same
// `GET /charges/:id` from the same page. The panel pays that request plus React's work: mount,
// the loading state, the render of the charge. Timed inside the page with `performance.now()`,
// from the click that opens the panel to the DOM holding the charge's "Left to refund" line.
// Rounds alternate so drift hits both alike. Prints medians and the ratio; stops itself.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright';
import { startHostApp } from '../examples/host-app/server.mjs';
import { chromiumArgs, chromiumPath } from '../scripts/chromium.mjs';

const WARMUP = 5;
const ROUNDS = 40;

const guard = setTimeout(() => {
  process.stderr.write('refund panel bench: gave up after 180 s\n');
  process.exit(1);
}, 180_000);
guard.unref();

const dataDir = mkdtempSync(join(tmpdir(), 'pelago-bench-panel-'));
const app = await startHostApp({ port: 0, dataDir, seedCharges: true });
const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
try {
  const order = app.seeded.find((charge) => charge.order === 'A-1001');
  if (!order) throw new Error('the sample order A-1001 was not seeded');
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(app.url);
  const connected = await page.evaluate(async (key) => {
    const answer = await fetch('/api/pelago/key', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ key }),
    });
    return answer.status;
  }, app.sandbox.keys.full);
  if (connected !== 200) throw new Error(`connecting the key answered ${connected}`);
  await page.goto(`${app.url}/admin`);
  // One row: the order's charge.
  await page.getByRole('searchbox', { name: 'Find a payment' }).fill('A-1001');
  await page.keyboard.press('Enter');
  await page.getByRole('row').nth(1).getByRole('button').waitFor();
  await page.waitForFunction(() => document.querySelectorAll('tbody tr').length === 1);

  const paths = {
    /** Opens the panel with a click and waits for the charge to be in the DOM, then closes it. */
    'RefundPanel, first render': () =>
      page.evaluate(async () => {
        const row = document.querySelector('tbody tr button');
        const rendered = () =>
          [...document.querySelectorAll('section dt')].some(
            (dt) => dt.textContent === 'Left to refund',
          );
        const start = performance.now();
        const shown = new Promise((resolve) => {
          const observer = new MutationObserver(() => {
            if (!rendered()) return;
            observer.disconnect();
            resolve(performance.now());
          });
          observer.observe(document.body, { childList: true, subtree: true, characterData: true });
        });
        row.click();
        const end = await shown;
        const close = [...document.querySelectorAll('section button')].find(
          (button) => button.textContent === 'Close',
        );
        close.click();
        await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
        return end - start;
      }),
    /** The same route with a plain fetch, its JSON read. */
    'fetch GET /charges/:id': () =>
      page.evaluate(async (id) => {
        const start = performance.now();
        const answer = await fetch(`/api/pelago/charges/${encodeURIComponent(id)}`);
        const body = await answer.json();
        const end = performance.now();
        if (!body.charge) throw new Error(`GET /charges/:id answered ${answer.status}`);
        return end - start;
      }, order.id),
  };

  for (let i = 0; i < WARMUP; i++) for (const run of Object.values(paths)) await run();
  const samples = Object.fromEntries(Object.keys(paths).map((name) => [name, []]));
  for (let round = 0; round < ROUNDS; round++) {
    for (const [name, run] of Object.entries(paths)) samples[name].push(await run());
  }

  const baseline = median(samples['fetch GET /charges/:id']);
  for (const [name, values] of Object.entries(samples)) {
    const ms = median(values);
    process.stdout.write(
      `${name.padEnd(28)} ${ms.toFixed(2).padStart(7)} ms median  ` +
        `${(ms / baseline).toFixed(2)}× the plain fetch\n`,
    );
  }
  process.stdout.write(
    `  [${ROUNDS} rounds, Chromium headless, example site on 127.0.0.1, sandbox latency 0]\n`,
  );
} finally {
  await browser.close();
  await app.stop();
  rmSync(dataDir, { recursive: true, force: true });
  clearTimeout(guard);
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}
