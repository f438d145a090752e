import Link from 'next/link';
import { PaymentsOnboarding } from './PaymentsOnboarding';

/**
 * A server component: the page's own text renders on the server only, and the onboarding is a
 * client island given plain data. No callback is passed from here.
 */
export default function PaymentsPage() {
  return (
    <main>
      <h1>Get paid with Stripe</h1>
      <p>
        Registrations for your events are charged straight into your own Stripe account. Connect it
        once with a restricted key that can take payments and refunds and nothing else.
      </p>
      <nav className="site-nav" aria-label="Language">
        <Link href="/fr" hrefLang="fr" lang="fr">
          Français
        </Link>
      </nav>
      <PaymentsOnboarding
        companyName="Acme Events Ltd"
        connectedText="Acme Events can take registrations now."
      />
    </main>
  );
}
