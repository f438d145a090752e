import type { PaymentsReadiness, PublishableKeyPairing } from '@pelago/connect-core';
import { StateIcon, StateLine } from '../form/PermissionList';
import type { MessageKey } from '../i18n/en';
import { useFormatMessage } from '../i18n/useMessages';

/**
 * The publishable key, whole (it is public), as text to read or select, and whether it is
 * known to be of the restricted key's account.
 */
export function PublishableKeyDetail({
  publishableKey,
  pairing,
}: {
  publishableKey: string | undefined;
  pairing: PublishableKeyPairing | undefined;
}) {
  const t = useFormatMessage('ConnectionStatus');
  if (!publishableKey) return t('statusPublishableKeyNone');
  return (
    <>
      <code>{publishableKey}</code>
      {pairing && <Line state={PAIRING[pairing]} />}
    </>
  );
}

/** Whether attendees can pay, in words after an icon (never colour alone). */
export function PaymentsDetail({ payments }: { payments: PaymentsReadiness }) {
  return <Line state={PAYMENTS[payments]} />;
}

type Tone = 'good' | 'pending' | 'bad';

function Line({ state: [tone, text] }: { state: [Tone, MessageKey] }) {
  const t = useFormatMessage('ConnectionStatus');
  return (
    <StateLine data-tone={tone}>
      <StateIcon aria-hidden="true">{ICONS[tone]}</StateIcon>
      <span>{t(text)}</span>
    </StateLine>
  );
}

const ICONS: Record<Tone, string> = { good: '✓', pending: '…', bad: '✕' };

const PAIRING: Record<PublishableKeyPairing, [Tone, MessageKey]> = {
  confirmed: ['good', 'statusPairingConfirmed'],
  unconfirmed: ['pending', 'statusPairingUnconfirmed'],
  mismatch: ['bad', 'statusPairingMismatch'],
};

const PAYMENTS: Record<PaymentsReadiness, [Tone, MessageKey]> = {
  ready: ['good', 'statusPaymentsReady'],
  unconfirmed: ['pending', 'statusPaymentsUnconfirmed'],
  publishable_key_missing: ['bad', 'statusPaymentsMissing'],
  publishable_key_mismatch: ['bad', 'statusPaymentsMismatch'],
  charges_not_permitted: ['bad', 'statusPaymentsNoCharges'],
};
