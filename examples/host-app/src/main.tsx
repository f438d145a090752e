import { ConnectOnboarding, PelagoConnectProvider } from '@pelago/connect-react';
import { es } from '@pelago/connect-react/locales/es';
import { fr } from '@pelago/connect-react/locales/fr';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { readPageSettings } from './pageSettings';

// `?locale=fr` or `es`, and `?theme=dark`, show the kit's translations and dark theme.
const { locale, messages, theme } = readPageSettings({ fr, es });

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <PelagoConnectProvider
        endpoint="/api/pelago"
        locale={locale}
        messages={messages}
        appearance={{ theme }}
      >
        <ConnectOnboarding companyName="Acme Events Ltd" headingLevel={2} />
      </PelagoConnectProvider>
    </StrictMode>,
  );
}
