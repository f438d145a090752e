import { KeySetupGuide, PelagoConnectProvider } from '@pelago/connect-react';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <PelagoConnectProvider endpoint="/api/pelago">
        <KeySetupGuide companyName="Acme Events Ltd" />
      </PelagoConnectProvider>
    </StrictMode>,
  );
}
