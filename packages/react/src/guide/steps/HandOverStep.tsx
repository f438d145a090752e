import type { ReactNode } from 'react';
import { useFormatMessage } from '../../i18n/useMessages';
import { KeepSafeCallout } from '../KeepSafeCallout';
import { StepText } from '../StepText';

/** Step 7: hand the key over; `children` (the host's slot) replaces the default text. */
export function HandOverStep({ children }: { children?: ReactNode }) {
  const t = useFormatMessage('KeySetupGuide');
  return (
    <>
      {children ?? <StepText>{t('stepHandOverBody', { finish: t('finish') })}</StepText>}
      <KeepSafeCallout />
    </>
  );
}
