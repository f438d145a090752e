import { ConnectOnboarding } from '@pelago/connect-react';
import { es } from '@pelago/connect-react/locales/es';
import { fr } from '@pelago/connect-react/locales/fr';
import { mountPage } from './mountPage';

// `?locale=fr` or `es`, and `?theme=dark`, show the kit's translations and dark theme.
mountPage(
  '/api/pelago',
  { fr, es },
  <ConnectOnboarding companyName="Acme Events Ltd" headingLevel={2} />,
);
