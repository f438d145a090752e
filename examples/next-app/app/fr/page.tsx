import { fr } from '@pelago/connect-react/locales/fr';
import type { Metadata } from 'next';
import Link from 'next/link';
import { PaymentsOnboarding } from '../PaymentsOnboarding';

export const metadata: Metadata = { title: 'Paiements · Acme Événements sur Tickety' };

/**
 * The French page. `fr` comes from the catalogue's own entry point, which is plain data without
 * "use client", so this server component can read it, change a message and pass it on. Spreading
 * `en` from the main entry here would not work: in a server component that import is only a
 * reference to client code, not the messages.
 */
export default function FrenchPaymentsPage() {
  return (
    <main lang="fr">
      <h1>Encaisser avec Stripe</h1>
      <p>
        Les inscriptions à vos événements sont encaissées directement sur votre propre compte
        Stripe. Connectez-le une fois avec une clé restreinte qui peut encaisser et rembourser, et
        rien d’autre.
      </p>
      <nav className="site-nav" aria-label="Langue">
        <Link href="/" hrefLang="en" lang="en">
          English
        </Link>
      </nav>
      <PaymentsOnboarding
        companyName="Acme Événements SARL"
        locale="fr"
        messages={{ ...fr, finish: 'J’ai ma clé Stripe' }}
        connectedText="Acme Événements peut désormais encaisser les inscriptions."
      />
    </main>
  );
}
