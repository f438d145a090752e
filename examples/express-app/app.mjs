// The kit's HTTP API in an Express 5 app, the way a host app mounts it: the handler under
// /api/pelago, the app's own routes beside it, and a sign-in that the handler's `authorize` reads.

import { createConnectHandler, toNodeErrorHandler, toNodeHandler } from '@pelago/connect-server';
import express from 'express';

/** The cookie the example's sign-in sets; a real app reads its own session instead. */
const SESSION_COOKIE = 'demo_merchant';

/**
 * Builds the app. `parseJsonFirst` (default true) mounts `express.json()` before the kit, as most
 * apps do; the kit then reads the parsed body and `toNodeErrorHandler` turns the parser's
 * refusals into the kit's JSON errors. With false, the kit reads the body stream itself.
 */
export function createExpressApp({ connect, vault, parseJsonFirst = true }) {
  const pelago = createConnectHandler({
    connect,
    vault,
    // Your session, not the browser, says which merchant is calling.
    authorize: (request) => {
      const merchantId = readCookie(request.headers.get('cookie'), SESSION_COOKIE);
      return merchantId ? { merchantId, role: 'owner' } : null;
    },
  });

  const app = express();
  app.disable('x-powered-by');
  if (parseJsonFirst) app.use(express.json());
  // Requests outside /api/pelago go on to the routes below.
  app.use(toNodeHandler(pelago));
  if (!parseJsonFirst) app.use(express.json());

  app.get('/', (_req, res) => {
    res.type('html').send(`<!doctype html><html lang="en"><title>Express example</title>
<h1>Pelago Connect in Express</h1>
<form method="post" action="/sign-in"><button>Sign in as the demo merchant</button></form>
<p>Then call <code>/api/pelago/key</code> with the session cookie.</p></html>`);
  });

  app.post('/sign-in', (_req, res) => {
    res.cookie(SESSION_COOKIE, 'acme-events', { httpOnly: true, sameSite: 'lax', path: '/' });
    res.redirect(303, '/');
  });

  // One of the app's own JSON routes, to show the parser still serves them.
  app.post('/api/notes', (req, res) => {
    res.status(201).json({ note: typeof req.body?.text === 'string' ? req.body.text : null });
  });

  // After the routes: broken JSON under /api/pelago gets the kit's JSON error, not Express's page.
  app.use(toNodeErrorHandler(pelago));
  return app;
}

function readCookie(header, name) {
  for (const part of (header ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return decodeURIComponent(value.join('='));
  }
  return null;
}
