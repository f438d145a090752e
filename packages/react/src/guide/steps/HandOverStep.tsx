import type { ReactNode } from 'react';
import { useFormatMessage } from '../../i18n/useMessages';
import { KeepSafeCallout } from '../KeepSafeCallout';
import type { KeySetupStepContext } from '../KeySetupStep';
import { StepText } from '../StepText';

/**
 * The last step: connect the new key, or check the edited one again. `children` (the host's
 * slot, usually the key-entry form) replaces the default text.
 */
export function HandOverStep({
  context,
  children,
}: {
  context: KeySetupStepContext;
  children?: ReactNode;
}) {
  const t = useFormatMessage('KeySetupGuide');
  const fixing = context.flow === 'fix-permissions';
  return (
    <>
      {children ?? (
        <StepText>
          {fixing
            ? t('stepHandOverFixBody', { finish: t('finishFixed') })
            : t('stepHandOverBody', { finish: t('finish') })}
        </StepText>
      )}
      {!fixing && <KeepSafeCallout />}
    </>
  );
}
