import { styled } from 'styled-components';
import { useFormatMessage } from '../i18n/useMessages';
import { space } from '../theme/space';

/** Props of {@link StepProgress}. */
export interface StepProgressProps {
  index: number;
  total: number;
}

/** The compact form of the step list for narrow spaces: "Step 3 of 7" and a progress bar. */
export function StepProgress({ index, total }: StepProgressProps) {
  const t = useFormatMessage('KeySetupGuide');
  const counter = t('stepCounter', { current: index + 1, total });
  return (
    <Wrapper>
      <span aria-hidden="true">{counter}</span>
      <Track
        role="progressbar"
        aria-label={t('progressLabel')}
        aria-valuemin={1}
        aria-valuemax={total}
        aria-valuenow={index + 1}
        aria-valuetext={counter}
      >
        <Fill style={{ width: `${((index + 1) / total) * 100}%` }} />
      </Track>
    </Wrapper>
  );
}

const Wrapper = styled.div`
  display: grid;
  gap: ${space(1)};
  font-size: 0.875em;
  font-weight: 600;
`;

const Track = styled.div`
  height: 0.5em;
  overflow: hidden;
  border: 1px solid var(--pelago-color-border);
  border-radius: 999px;
  background: var(--pelago-color-background);
`;

const Fill = styled.div`
  height: 100%;
  background: var(--pelago-color-primary);

  @media (prefers-reduced-motion: no-preference) {
    transition: width 200ms ease-out;
  }
`;
