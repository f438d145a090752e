import { useFormatMessage } from '../../i18n/useMessages';
import { StepText } from '../StepText';

/** Stripe's "How will you use this API key?": the key goes to another website. */
export function ChooseUsageStep() {
  const t = useFormatMessage('KeySetupGuide');
  return (
    <>
      <StepText>{t('stepChooseUsageBody')}</StepText>
      <StepText data-muted="">{t('stepChooseUsageOlder')}</StepText>
    </>
  );
}
