import { ConnectOnboarding, type Messages, PelagoConnectProvider } from '@pelago/connect-react';
import { es } from '@pelago/connect-react/locales/es';
import { fr } from '@pelago/connect-react/locales/fr';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

// `?locale=fr` or `es`, and `?theme=dark`, show the kit's translations and dark theme.
const catalogues: Record<string, Messages> = { fr, es };
const params = new URLSearchParams(location.search);
const locale = params.get('locale') ?? 'en';
const theme = params.get('theme') === 'dark' ? 'dark' : 'light';
if (theme === 'dark') document.body.classList.add('dark');
document.documentElement.lang = locale;

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <PelagoConnectProvider
        endpoint="/api/pelago"
        locale={locale}
        messages={catalogues[locale]}
        appearance={{ theme }}
      >
        <ConnectOnboarding companyName="Acme Events Ltd" headingLevel={2} />
      </PelagoConnectProvider>
    </StrictMode>,
  );
}
