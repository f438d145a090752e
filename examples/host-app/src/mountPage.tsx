import { type Messages, PelagoConnectProvider } from '@pelago/connect-react';
import { type ReactNode, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { readPageSettings } from './pageSettings';

/**
 * Renders a page of the site into its `#root`, inside the kit's provider talking to `endpoint`,
 * with the locale and theme the URL asks for (`?locale=fr|es`, `?theme=dark`, see
 * `readPageSettings`). Each page gives its own catalogues.
 */
export function mountPage(
  endpoint: string,
  catalogues: Record<string, Messages>,
  page: ReactNode,
): void {
  const { locale, messages, theme } = readPageSettings(catalogues);
  const root = document.getElementById('root');
  if (!root) return;
  createRoot(root).render(
    <StrictMode>
      <PelagoConnectProvider
        endpoint={endpoint}
        locale={locale}
        messages={messages}
        appearance={{ theme }}
      >
        {page}
      </PelagoConnectProvider>
    </StrictMode>,
  );
}
