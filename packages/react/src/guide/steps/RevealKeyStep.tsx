import { useFormatMessage } from '../../i18n/useMessages';
import { KeepSafeCallout } from '../KeepSafeCallout';
import type { KeySetupStepContext } from '../KeySetupStep';
import { StepText } from '../StepText';

/**
 * Copy the key from the dialog Stripe shows after creating it. A live key is shown only once,
 * so that warning comes first; accounts with the older flow reveal it on the API keys page.
 */
export function RevealKeyStep({ context }: { context: KeySetupStepContext }) {
  const t = useFormatMessage('KeySetupGuide');
  const live = context.mode === 'live';
  return (
    <>
      <StepText>{t('stepRevealKeyBody', { prefix: `rk_${context.mode}_` })}</StepText>
      <StepText data-emphasis={live ? '' : undefined} data-muted={live ? undefined : ''}>
        {t(live ? 'stepRevealKeyLiveNote' : 'stepRevealKeyTestNote')}
      </StepText>
      <StepText data-muted="">
        {t('stepRevealKeyOlder', { name: context.keyName || t('stepRevealKeyYourKey') })}
      </StepText>
      <KeepSafeCallout />
    </>
  );
}
