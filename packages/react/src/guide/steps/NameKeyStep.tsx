import { useId, useRef } from 'react';
import { styled } from 'styled-components';
import { TextInput } from '../../controls/TextInput';
import { useFormatMessage } from '../../i18n/useMessages';
import { space } from '../../theme/space';
import { CopyButton } from '../CopyButton';
import type { KeySetupStepContext } from '../KeySetupStep';
import { StepText } from '../StepText';

/**
 * Name the key (the suggestion follows the company name as it is typed), give the website's
 * address, and ask for custom permissions.
 */
export function NameKeyStep({ context }: { context: KeySetupStepContext }) {
  const t = useFormatMessage('KeySetupGuide');
  const id = useId();
  const nameRef = useRef<HTMLElement>(null);
  return (
    <>
      <StepText>{t('stepNameKeyBody')}</StepText>
      <StepText data-muted="">{t('stepNameKeyExample')}</StepText>
      <Field>
        <label htmlFor={`${id}company`}>{t('companyNameLabel')}</label>
        <TextInput
          id={`${id}company`}
          type="text"
          autoComplete="organization"
          value={context.companyName}
          onChange={(event) => context.setCompanyName(event.target.value)}
          aria-describedby={`${id}hint`}
        />
        <Hint id={`${id}hint`}>{t('companyNameHint')}</Hint>
      </Field>
      <Suggestion>
        <SuggestionLabel>{t('suggestedNameLabel')}</SuggestionLabel>
        {context.keyName ? (
          <>
            <KeyName ref={nameRef} data-key-name="">
              {context.keyName}
            </KeyName>
            <CopyButton
              text={context.keyName}
              label={t('copyName')}
              selectOnFailure={() => nameRef.current}
            />
          </>
        ) : (
          <Hint>{t('suggestedNameEmpty')}</Hint>
        )}
      </Suggestion>
      <StepText>
        {context.websiteUrl
          ? t('stepNameKeyUrl', { url: context.websiteUrl })
          : t('stepNameKeyUrlUnknown')}
      </StepText>
      <StepText>{t('stepNameKeyCustomize')}</StepText>
    </>
  );
}

const Field = styled.div`
  display: grid;
  gap: ${space(1)};
  max-width: 24em;

  & > label {
    font-weight: 600;
  }
`;

const Hint = styled.p`
  color: var(--pelago-color-text-muted);
  font-size: 0.875em;
`;

const Suggestion = styled.div`
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: ${space(2)} ${space(3)};
  padding: ${space(3)};
  border-radius: var(--pelago-border-radius);
  background: var(--pelago-color-surface);
`;

const SuggestionLabel = styled.span`
  flex-basis: 100%;
  font-weight: 600;
`;

// A name breaks only when it cannot fit a line of its own: the Copy button wraps first.
const KeyName = styled.code`
  padding: ${space(1)} ${space(2)};
  border: 1px solid var(--pelago-color-border);
  border-radius: 4px;
  background: var(--pelago-color-background);
  font-size: 1.0625em;
  overflow-wrap: break-word;
  min-width: 0;
  max-width: 100%;
`;
