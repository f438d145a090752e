// The partner site's page chrome: a header with the site's navigation around the kit. Its CSS
// uses class selectors only, so none of it reaches the kit's own elements (a bare `header` or
// `h2` rule would restyle the kit's headers and headings).

import { formatMoney } from '@pelago/connect-core';

/**
 * The event attendees register for on `/register`: the page's script charges this, and the
 * server's `approveCharge` refuses any other amount.
 */
export const exampleEvent = { name: 'Autumn Summit community day', amount: 2500, currency: 'usd' };

/** The site's pages, in navigation order. */
const pages = {
  setup: {
    path: '/',
    nav: 'Payments setup',
    area: 'Organiser settings',
    title: 'Payments setup · Acme Events on Tickety',
    heading: 'Get paid with Stripe',
    script: '/app.js',
  },
  register: {
    path: '/register',
    nav: 'Registration',
    area: 'Acme Events',
    title: `Register for ${exampleEvent.name} · Acme Events on Tickety`,
    heading: `Register for ${exampleEvent.name} — ${formatMoney(exampleEvent.amount, exampleEvent.currency)}`,
    script: '/register.js',
  },
  admin: {
    path: '/admin',
    nav: 'Orders & refunds',
    area: 'Organiser settings',
    title: 'Orders & refunds · Acme Events on Tickety',
    heading: 'Orders & refunds',
    script: '/admin.js',
    wide: true,
  },
};

/**
 * The HTML of one page: `setup`, `register` or `admin`. `stripeJsUrl` is the Stripe.js script
 * the registration page loads before its own.
 */
export function renderPage(name, { stripeJsUrl } = {}) {
  const page = pages[name];
  const links = Object.values(pages)
    .map(
      (other) =>
        `<a class="site-nav-link" href="${other.path}"${other === page ? ' aria-current="page"' : ''}>${escapeHtml(other.nav)}</a>`,
    )
    .join('\n          ');
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${escapeHtml(page.title)}</title>
    <style>
      body { margin: 0; font-family: system-ui, sans-serif; background: #f4f5f7; color: #1d2433; }
      .site-header {
        display: flex; flex-wrap: wrap; align-items: center; gap: 0.5rem 1.5rem;
        background: #1d2433; color: #fff; padding: 0.75rem 1.5rem;
      }
      .site-name { font-weight: 600; }
      .site-nav { display: flex; flex-wrap: wrap; gap: 0.25rem 1rem; }
      .site-nav-link {
        color: #dfe4ee; text-decoration: none; padding: 0.25rem 0.125rem;
        border-bottom: 2px solid transparent;
      }
      .site-nav-link:hover { color: #fff; border-bottom-color: #8a94a8; }
      .site-nav-link[aria-current='page'] { color: #fff; border-bottom-color: #fff; }
      .site-nav-link:focus-visible { outline: 2px solid #fff; outline-offset: 2px; }
      .site-main { max-width: 60rem; margin: 0 auto; padding: 1.5rem; }
      .site-main.wide { max-width: 104rem; }
      .site-title { font-size: 1.5rem; margin: 0 0 1rem; }
      body.dark { background: #0b0f17; color: #e6e9ef; }
      .admin-layout { display: grid; gap: 1.5rem; align-items: start; }
      .admin-list, .admin-panel { min-width: 0; }
      .admin-panel { max-width: 48rem; }
      /* The panel beside the list where both fit (the list's table wants about 65rem), below
         it on smaller screens, where opening a charge moves focus, and the view, to the panel. */
      @media (min-width: 100rem) {
        .admin-layout.with-panel { grid-template-columns: minmax(0, 1fr) 28rem; }
      }
      .admin-note {
        max-width: 40rem; padding: 1rem 1.25rem; border: 1px solid #c9cfdb; border-radius: 8px;
        background: #fff; line-height: 1.5;
      }
      .admin-note-title { font-size: 1.125rem; margin: 0 0 0.5rem; }
      .admin-note a { color: #1f4fd1; }
      body.dark .admin-note { background: #151b27; border-color: #3a4356; }
      body.dark .admin-note a { color: #9bb8ff; }
      .register-layout { display: grid; gap: 1.5rem; max-width: 36rem; }
      .register-intro { margin: 0; line-height: 1.5; }
      .register-card {
        padding: 1rem 1.25rem; border: 1px solid #c9cfdb; border-radius: 8px; background: #fff;
      }
      .register-card-title { font-size: 1.125rem; margin: 0 0 0.75rem; }
      .register-field { display: grid; gap: 0.25rem; margin-bottom: 0.875rem; }
      .register-label { font-weight: 600; }
      .register-input {
        font: inherit; padding: 0.5rem 0.625rem; border: 1px solid #6b7385; border-radius: 6px;
        background: #fff; color: inherit; min-width: 0;
      }
      .register-input:focus-visible { outline: 2px solid #1f4fd1; outline-offset: 2px; }
      .register-input[aria-invalid='true'] { border-color: #b3261e; }
      .register-error { color: #b3261e; margin: 0; }
      .register-button {
        font: inherit; font-weight: 600; padding: 0.5rem 1rem; border-radius: 6px;
        border: 1px solid #1f4fd1; background: #1f4fd1; color: #fff; cursor: pointer;
      }
      .register-button.secondary { background: transparent; color: #1f4fd1; }
      .register-button:focus-visible { outline: 2px solid #1d2433; outline-offset: 2px; }
      .register-summary { margin: 0 0 0.75rem; line-height: 1.5; overflow-wrap: anywhere; }
      .register-summary:last-child { margin-bottom: 0; }
      .register-done { margin: 0.75rem 0 0; line-height: 1.5; }
      .register-note { margin: 0; line-height: 1.5; color: #4a5263; }
      body.dark .register-note { color: #b8c0cf; }
      .register-card a, .register-intro a { color: #1f4fd1; }
      body.dark .register-card { background: #151b27; border-color: #3a4356; }
      body.dark .register-input { background: #0b0f17; border-color: #8a94a8; }
      body.dark .register-input[aria-invalid='true'], body.dark .register-error { color: #ffb4ab; border-color: #ffb4ab; }
      body.dark .register-button { background: #9bb8ff; border-color: #9bb8ff; color: #0b0f17; }
      body.dark .register-button.secondary { background: transparent; color: #9bb8ff; }
      body.dark .register-button:focus-visible, body.dark .register-input:focus-visible { outline-color: #fff; }
      body.dark .register-card a, body.dark .register-intro a { color: #9bb8ff; }
      @media (max-width: 30rem) {
        .site-header { padding: 0.75rem 1rem; }
        .site-main { padding: 1rem 0.75rem; }
      }
    </style>
  </head>
  <body>
    <header class="site-header">
      <span class="site-name">Tickety · ${escapeHtml(page.area)}</span>
      <nav class="site-nav" aria-label="Tickety">
          ${links}
      </nav>
    </header>
    <main class="site-main${page.wide ? ' wide' : ''}">
      <h1 class="site-title">${escapeHtml(page.heading)}</h1>
      <div id="root"></div>
    </main>
    ${
      stripeJsUrl
        ? `<script src="${escapeHtml(stripeJsUrl)}"></script>
    `
        : ''
    }<script type="module" src="${page.script}"></script>
  </body>
</html>
`;
}

function escapeHtml(text) {
  return text.replace(
    /[&<>"]/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c],
  );
}
