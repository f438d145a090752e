import { ConnectOnboarding, PelagoConnectProvider } from '@pelago/connect-react';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

// `?locale=fr` or `es`, and `?theme=dark`, show the kit's translations and dark theme.
const params = new URLSearchParams(location.search);
const locale = params.get('locale') ?? document.documentElement.lang;
const theme = params.get('theme') === 'dark' ? 'dark' : 'light';
if (theme === 'dark') document.body.classList.add('dark');

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <PelagoConnectProvider endpoint="/api/pelago" locale={locale} appearance={{ theme }}>
        <ConnectOnboarding companyName="Acme Events Ltd" headingLevel={2} />
      </PelagoConnectProvider>
    </StrictMode>,
  );
}
