import type { Messages } from '@pelago/connect-react';

/** What `?locale=fr|es` and `?theme=dark` ask of the kit, read once per page. */
export interface PageSettings {
  locale: string;
  /** The page's catalogue for `locale`; none for English, which is built in. */
  messages: Messages | undefined;
  theme: 'light' | 'dark';
}

/**
 * Reads the page's settings from its URL, applies them to the host page (a dark background) and
 * keeps them on the navigation links, so that moving between pages keeps them.
 * Each page gives its own catalogues: the setup page does not download the refund messages.
 */
export function readPageSettings(catalogues: Record<string, Messages>): PageSettings {
  const params = new URLSearchParams(location.search);
  const locale = params.get('locale') ?? 'en';
  const theme = params.get('theme') === 'dark' ? 'dark' : 'light';
  if (theme === 'dark') document.body.classList.add('dark');
  // The page itself stays English (its `lang`); the kit marks its own root with its language.
  for (const link of document.querySelectorAll<HTMLAnchorElement>('.site-nav-link')) {
    link.search = location.search;
  }
  return { locale, messages: catalogues[locale], theme };
}
