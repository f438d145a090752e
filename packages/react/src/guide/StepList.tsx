import { styled } from 'styled-components';
import { VisuallyHidden } from '../a11y/VisuallyHidden';
import { useFormatMessage } from '../i18n/useMessages';
import { focusRing } from '../theme/focusRing';
import { space } from '../theme/space';
import type { KeySetup, KeySetupStepStatus } from './useKeySetup';

/** Props of {@link StepList}. */
export interface StepListProps {
  setup: KeySetup;
  onSelect: (index: number) => void;
}

/**
 * The steps as a numbered list in a `<nav>`. The current item has `aria-current="step"`,
 * every item says its state to screen readers, and visited steps can be revisited.
 */
export function StepList({ setup, onSelect }: StepListProps) {
  const t = useFormatMessage('KeySetupGuide');
  const stateText: Record<KeySetupStepStatus, string> = {
    completed: t('stepStateCompleted'),
    current: t('stepStateCurrent'),
    'not-started': t('stepStateNotStarted'),
  };
  return (
    <Nav aria-label={t('stepListLabel')}>
      <ol>
        {setup.steps.map((step, index) => {
          const status = setup.getStepStatus(index);
          const current = status === 'current';
          const label = (
            <>
              <Bullet aria-hidden="true">{status === 'completed' ? '✓' : index + 1}</Bullet>
              <span>
                {step.title}
                <VisuallyHidden>{`, ${stateText[status]}`}</VisuallyHidden>
              </span>
            </>
          );
          return (
            <Item
              key={step.id}
              aria-current={current ? 'step' : undefined}
              data-current={current ? '' : undefined}
              data-completed={status === 'completed' ? '' : undefined}
            >
              {!current && setup.canGoTo(index) ? (
                <Entry as="button" type="button" onClick={() => onSelect(index)}>
                  {label}
                </Entry>
              ) : (
                <Entry>{label}</Entry>
              )}
            </Item>
          );
        })}
      </ol>
    </Nav>
  );
}

const Nav = styled.nav`
  & > ol {
    display: grid;
    gap: ${space(1)};
  }
`;

const Item = styled.li`
  color: var(--pelago-color-text-muted);

  &[data-current] {
    color: var(--pelago-color-text);
    font-weight: 600;
  }
  &[data-completed] {
    color: var(--pelago-color-text);
  }
`;

const Entry = styled.span`
  display: flex;
  align-items: center;
  gap: ${space(2)};
  width: 100%;
  min-height: 2.5em;
  padding: ${space(1)} ${space(2)};
  border-radius: var(--pelago-border-radius);
  text-align: start;

  [data-current] > & {
    background: var(--pelago-color-background);
    box-shadow: inset 3px 0 0 var(--pelago-color-primary);
  }
  [data-current] > &:dir(rtl) {
    box-shadow: inset -3px 0 0 var(--pelago-color-primary);
  }

  &:is(button) {
    ${focusRing}
  }
  &:is(button):hover {
    background: var(--pelago-color-background);
    text-decoration: underline;
  }
`;

const Bullet = styled.span`
  flex: none;
  display: inline-grid;
  place-items: center;
  width: 24px;
  height: 24px;
  border: 1px solid currentColor;
  border-radius: 50%;
  font-size: 13px;
  font-weight: 700;
  line-height: 1;

  [data-current] & {
    border-color: var(--pelago-color-primary);
    background: var(--pelago-color-primary);
    color: var(--pelago-color-on-primary);
  }
  [data-completed] & {
    border-color: var(--pelago-color-success);
    color: var(--pelago-color-success);
  }
`;
