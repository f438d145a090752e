import { useFormatMessage } from '../../i18n/useMessages';
import { ExternalLink } from '../ExternalLink';
import type { KeySetupStepContext } from '../KeySetupStep';
import { StepText } from '../StepText';

/** Step 1: open Developers → API keys, on the test or the live side. */
export function OpenApiKeysStep({ context }: { context: KeySetupStepContext }) {
  const t = useFormatMessage('KeySetupGuide');
  return (
    <>
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
