'use client';

import type { KeyStatus } from '@pelago/connect-core';
import { ConnectOnboarding, type Messages, PelagoConnectProvider } from '@pelago/connect-react';
import { useState } from 'react';

/** Props of {@link PaymentsOnboarding}: plain data only, so a server component can pass them. */
export interface PaymentsOnboardingProps {
  companyName: string;
  /** The reader's locale; give its catalogue in `messages`. */
  locale?: string;
  /** A catalogue such as `fr` from `@pelago/connect-react/locales/fr` (plain data). */
  messages?: Partial<Messages>;
  /** What to say once Stripe is connected, in the page's language. */
  connectedText: string;
}

/**
 * The client island: the provider, the onboarding and its callbacks. Functions such as
 * `onConnected` cannot cross from a server component to a client one, so they live here.
 */
export function PaymentsOnboarding({
  companyName,
  locale,
  messages,
  connectedText,
}: PaymentsOnboardingProps) {
  const [connected, setConnected] = useState<KeyStatus | null>(null);
  return (
    <PelagoConnectProvider endpoint="/api/pelago" locale={locale} messages={messages}>
      <ConnectOnboarding companyName={companyName} onConnected={setConnected} />
      {connected?.connected ? (
        <p className="payments-ready">
          {connectedText} ({connected.redactedKey})
        </p>
      ) : null}
    </PelagoConnectProvider>
  );
}
