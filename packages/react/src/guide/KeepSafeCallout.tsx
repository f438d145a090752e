import { useId } from 'react';
import { styled } from 'styled-components';
import { useFormatMessage } from '../i18n/useMessages';
import { space } from '../theme/space';

/** Why the key must be kept secret, shown on the last steps. */
export function KeepSafeCallout() {
  const t = useFormatMessage('KeepSafeCallout');
  const titleId = useId();
  return (
    <Callout role="note" aria-labelledby={titleId}>
      <Title id={titleId}>{t('keepSafeTitle')}</Title>
      <p>{t('keepSafeBody')}</p>
    </Callout>
  );
}

const Callout = styled.div`
  display: grid;
  gap: ${space(1)};
  max-width: 65ch;
  padding: ${space(3)} ${space(4)};
  border: 1px solid var(--pelago-color-border);
  border-inline-start: 4px solid var(--pelago-color-danger);
  border-radius: var(--pelago-border-radius);
  background: var(--pelago-color-surface);
`;

const Title = styled.p`
  font-weight: 700;
`;
