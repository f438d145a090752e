import { useFormatMessage } from '../../i18n/useMessages';
import type { KeySetupStepContext } from '../KeySetupStep';
import { StepText } from '../StepText';

/** Fixing permissions: open the existing key's Edit key page; the key itself stays the same. */
export function EditKeyStep({ context }: { context: KeySetupStepContext }) {
  const t = useFormatMessage('KeySetupGuide');
  return (
    <>
      <StepText>
        {t('stepEditKeyBody', { name: context.keyName || t('stepEditKeyYourKey') })}
      </StepText>
      <StepText data-muted="">{t('stepEditKeySameKey')}</StepText>
    </>
  );
}
