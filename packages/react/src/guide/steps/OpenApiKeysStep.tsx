import { useFormatMessage } from '../../i18n/useMessages';
import { ExternalLink } from '../ExternalLink';
import type { KeySetupStepContext } from '../KeySetupStep';
import { StepText } from '../StepText';

/** First step of both flows: who may do this, then Developers → API keys, test or live. */
export function OpenApiKeysStep({ context }: { context: KeySetupStepContext }) {
  const t = useFormatMessage('KeySetupGuide');
  return (
    <>
      <StepText data-muted="">{t('stepOpenApiKeysAdmin')}</StepText>
      <StepText>{t('stepOpenApiKeysBody')}</StepText>
      <StepText data-muted="">
        {t(context.mode === 'live' ? 'stepOpenApiKeysLiveNote' : 'stepOpenApiKeysTestNote')}
      </StepText>
      <p>
        <ExternalLink href={context.links.apiKeys}>{t('stepOpenApiKeysLink')}</ExternalLink>
      </p>
    </>
  );
}
