import { useEffect, useId, useRef, useState } from 'react';
import { styled } from 'styled-components';
import { LiveRegion } from '../a11y/LiveRegion';
import { Button } from '../controls/Button';
import { ModeBadge } from '../controls/ModeBadge';
import { useFormatMessage } from '../i18n/useMessages';
import { AnnotatedScreenshot } from '../screenshot/AnnotatedScreenshot';
import { focusRing } from '../theme/focusRing';
import { KitRoot } from '../theme/KitRoot';
import { space } from '../theme/space';
import type { KeySetupOptions } from './KeySetupOptions';
import { StepList } from './StepList';
import { StepProgress } from './StepProgress';
import { useKeySetup } from './useKeySetup';

/** Props of {@link KeySetupGuide}. */
export interface KeySetupGuideProps extends KeySetupOptions {
  /** Level of the guide's heading; each step's heading is one below. Default `2`. */
  headingLevel?: 1 | 2 | 3 | 4 | 5;
  /**
   * The guide's own button on the last step. `'button'` (the default) shows it ("I have my
   * key", or "I've updated the permissions" in the `'fix-permissions'` flow) and it calls
   * `onComplete`. `'none'` hides it, so that a form placed in the last step (see
   * `renderHandOver`) is the step's only primary action; Back stays.
   */
  finishAction?: 'button' | 'none';
  className?: string;
}

/**
 * Leads a merchant through the Stripe Dashboard to a restricted key for Pelago Connect, one
 * step at a time, with a picture of each screen. Keyboard and screen-reader friendly: focus
 * moves to the new step's heading and the step is announced.
 *
 * The step is controllable by its zero-based index (`step` + `onStepChange`) or left to the
 * guide (`defaultStep`, optionally `persistStep`).
 *
 * @example
 * <KeySetupGuide mode="live" companyName="Acme Manufacturing Company" onComplete={showKeyForm} />
 */
export function KeySetupGuide(props: KeySetupGuideProps) {
  return (
    <KitRoot caller="KeySetupGuide">
      <KeySetupGuideView {...props} />
    </KitRoot>
  );
}

function KeySetupGuideView({
  headingLevel = 2,
  finishAction = 'button',
  className,
  ...options
}: KeySetupGuideProps) {
  const setup = useKeySetup(options);
  const t = useFormatMessage('KeySetupGuide');
  const id = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);
  const [announce, setAnnounce] = useState(false);

  // Move focus only after the merchant moved with the guide's own controls, never on mount.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the step changes
  useEffect(() => {
    if (!moved.current) return;
    moved.current = false;
    headingRef.current?.focus();
  }, [setup.index]);

  const move = (action: () => void) => {
    moved.current = true;
    setAnnounce(true);
    action();
  };

  const { step, index, total, context } = setup;
  const content = typeof step.content === 'function' ? step.content(context) : step.content;
  const picture = step.illustration;
  const titleTag = `h${headingLevel}` as const;
  const stepTag = `h${Math.min(headingLevel + 1, 6)}` as const;

  return (
    <Guide className={className} aria-labelledby={`${id}title`} data-mode={setup.mode}>
      <Header>
        {/* Focusable by script: a host view can move focus here when the guide replaces it. */}
        <Title as={titleTag} id={`${id}title`} tabIndex={-1}>
          {t(setup.flow === 'fix-permissions' ? 'guideTitleFix' : 'guideTitle')}
        </Title>
        <ModeBadge data-mode={setup.mode}>
          {t(setup.mode === 'live' ? 'modeLive' : 'modeTest')}
        </ModeBadge>
        <Intro>{t(setup.flow === 'fix-permissions' ? 'guideIntroFix' : 'guideIntro')}</Intro>
      </Header>
      <Body>
        <Aside>
          <WideOnly>
            <StepList setup={setup} onSelect={(at) => move(() => setup.goTo(at))} />
          </WideOnly>
          <NarrowOnly>
            <StepProgress index={index} total={total} />
          </NarrowOnly>
        </Aside>
        <Step aria-labelledby={`${id}step`} data-step-id={step.id}>
          <div>
            <Counter>{t('stepCounter', { current: index + 1, total })}</Counter>
            <StepHeading as={stepTag} id={`${id}step`} ref={headingRef} tabIndex={-1}>
              {step.title}
            </StepHeading>
          </div>
          {content}
          {picture && (
            <AnnotatedScreenshot
              {...picture}
              annotations={picture.annotations ?? []}
              zoomable={picture.zoomable ?? true}
            />
          )}
        </Step>
      </Body>
      <Footer>
        {options.onExit && (
          <ExitArea>
            <Button type="button" data-variant="link" onClick={setup.exit}>
              {t('exit')}
            </Button>
          </ExitArea>
        )}
        <Moves>
          {!setup.isFirst && (
            <Button type="button" onClick={() => move(setup.back)}>
              {t('back')}
            </Button>
          )}
          {!(setup.isLast && finishAction === 'none') && (
            <Button
              type="button"
              data-variant="primary"
              // Finishing does not change the step, so there is no focus to move.
              onClick={() => (setup.isLast ? setup.next() : move(setup.next))}
            >
              {t(
                !setup.isLast
                  ? 'next'
                  : setup.flow === 'fix-permissions'
                    ? 'finishFixed'
                    : 'finish',
              )}
            </Button>
          )}
        </Moves>
      </Footer>
      <LiveRegion
        message={
          announce ? t('stepAnnouncement', { current: index + 1, total, title: step.title }) : ''
        }
      />
    </Guide>
  );
}

const Guide = styled.section`
  container-type: inline-size;
  width: 100%;
  display: grid;
  gap: ${space(5)};
  padding: ${space(5)};
  border: 1px solid var(--pelago-color-border);
  border-radius: var(--pelago-border-radius);
  background: var(--pelago-color-background);

  @container (max-width: 30em) {
    padding: ${space(4)};
  }
`;

const Header = styled.header`
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: ${space(2)} ${space(3)};
`;

const Title = styled.h2`
  font-size: 1.375em;
  font-weight: 700;
  line-height: 1.25;
  ${focusRing}
`;

const Intro = styled.p`
  flex-basis: 100%;
  max-width: 65ch;
  color: var(--pelago-color-text-muted);
`;

const Body = styled.div`
  display: grid;
  grid-template-columns: minmax(12em, 16em) minmax(0, 1fr);
  gap: ${space(5)};
  align-items: start;

  @container (max-width: 44em) {
    grid-template-columns: minmax(0, 1fr);
  }
`;

// The step list needs room; narrow guides show "Step 3 of 7" and a progress bar instead.
const WideOnly = styled.div`
  @container (max-width: 44em) {
    display: none;
  }
`;

const NarrowOnly = styled.div`
  display: none;

  @container (max-width: 44em) {
    display: block;
  }
`;

const Aside = styled.div`
  padding: ${space(2)};
  border-radius: var(--pelago-border-radius);
  background: var(--pelago-color-surface);
`;

const Step = styled.section`
  display: grid;
  gap: ${space(4)};
  min-width: 0;
`;

// Narrow guides already say "Step 3 of 8" above the progress bar.
const Counter = styled.p`
  color: var(--pelago-color-text-muted);
  font-size: 0.875em;
  font-weight: 600;

  @container (max-width: 44em) {
    display: none;
  }
`;

const StepHeading = styled.h3`
  font-size: 1.25em;
  font-weight: 700;
  line-height: 1.3;
  scroll-margin-block: ${space(6)};
  ${focusRing}
`;

const Footer = styled.div`
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: ${space(3)};
  padding-block-start: ${space(4)};
  border-block-start: 1px solid var(--pelago-color-border);
`;

// On a phone the way out goes under Back and Next, which keep the row to themselves.
const ExitArea = styled.div`
  flex: 0 1 auto;

  @container (max-width: 30em) {
    order: 1;
  }
`;

// Back always sits before Next, on the same row while they fit. When a long label (a
// translation, "I've updated the permissions") cannot fit, both take the full width and the
// primary action goes on top, Back under it: never Back on the right of Next.
const Moves = styled.div`
  display: flex;
  flex-wrap: wrap-reverse;
  gap: ${space(3)};
  margin-inline-start: auto;

  @container (max-width: 30em) {
    flex: 1 1 100%;
    margin-inline-start: 0;

    & > * {
      flex: 1 1 auto;
    }
  }
`;
