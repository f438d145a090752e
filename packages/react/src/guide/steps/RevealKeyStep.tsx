import { useFormatMessage } from '../../i18n/useMessages';
import { KeepSafeCallout } from '../KeepSafeCallout';
import type { KeySetupStepContext } from '../KeySetupStep';
import { StepText } from '../StepText';

/** Step 6: reveal the token and copy it. */
export function RevealKeyStep({ context }: { context: KeySetupStepContext }) {
  const t = useFormatMessage('KeySetupGuide');
  return (
    <>
      <StepText>
        {t('stepRevealKeyBody', {
          name: context.keyName || t('stepRevealKeyYourKey'),
          prefix: `rk_${context.mode}_`,
        })}
      </StepText>
      <KeepSafeCallout />
    </>
  );
}
