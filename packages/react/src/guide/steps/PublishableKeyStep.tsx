import { useFormatMessage } from '../../i18n/useMessages';
import type { KeySetupStepContext } from '../KeySetupStep';
import { StepText } from '../StepText';

/**
 * Back on the API keys page: the publishable key, which attendees' cards are tokenized with,
 * is the first row of Standard keys. It is public, and each mode has its own.
 */
export function PublishableKeyStep({ context }: { context: KeySetupStepContext }) {
  const t = useFormatMessage('KeySetupGuide');
  return (
    <>
      <StepText>{t('stepPublishableKeyBody', { prefix: `pk_${context.mode}_` })}</StepText>
      <StepText data-muted="">{t('stepPublishableKeySafe')}</StepText>
    </>
  );
}
