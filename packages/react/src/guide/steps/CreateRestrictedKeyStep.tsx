import { useFormatMessage } from '../../i18n/useMessages';
import { ExternalLink } from '../ExternalLink';
import type { KeySetupStepContext } from '../KeySetupStep';
import { StepText } from '../StepText';

/** Press Create restricted key, by hand or through the prefilled form. */
export function CreateRestrictedKeyStep({ context }: { context: KeySetupStepContext }) {
  const t = useFormatMessage('KeySetupGuide');
  return (
    <>
      <StepText>{t('stepCreateRestrictedKeyBody')}</StepText>
      <StepText>{t('stepCreateRestrictedKeyShortcut')}</StepText>
      <p>
        <ExternalLink href={context.links.createRestrictedKey}>
          {t('stepCreateRestrictedKeyLink')}
        </ExternalLink>
      </p>
      <StepText data-muted="">{t('stepCreateRestrictedKeyManual')}</StepText>
    </>
  );
}
