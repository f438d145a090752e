import type { ComponentPropsWithoutRef, ReactNode } from 'react';
import { styled } from 'styled-components';
import { space } from '../theme/space';
import { ButtonRow } from './Button';

/** Props of {@link ErrorBox}. */
export interface ErrorBoxProps extends Omit<ComponentPropsWithoutRef<'div'>, 'title'> {
  /** A few words saying what happened, e.g. "Stripe is busy". */
  title?: string;
  /** The next steps (buttons, links), right under the text. */
  actions?: ReactNode;
  /** Announces the title and text (not the actions) as an alert when the box appears. */
  alert?: boolean;
  /** `id` of the text, for an `aria-describedby` pointing at it. */
  textId?: string;
}

/**
 * The kit's one way to say something failed, whether the form refused a paste or the server
 * answered with an error: a short title, what to do, then the actions, in a box drawn in the
 * danger colour.
 */
export function ErrorBox({ title, actions, alert, textId, children, ...rest }: ErrorBoxProps) {
  return (
    <Box {...rest}>
      <div role={alert ? 'alert' : undefined}>
        {title && <Title>{title}</Title>}
        <div id={textId}>{children}</div>
      </div>
      {actions && <Actions>{actions}</Actions>}
    </Box>
  );
}

const Box = styled.div`
  display: grid;
  gap: ${space(3)};
  max-width: 65ch;
  min-width: 0;
  padding: ${space(3)} ${space(4)};
  border: 1px solid var(--pelago-color-danger);
  border-inline-start-width: 4px;
  border-radius: var(--pelago-border-radius);
  background: var(--pelago-color-background);
  color: var(--pelago-color-text);
  overflow-wrap: break-word;
`;

// Actions that all turned out empty leave no gap behind.
const Actions = styled(ButtonRow)`
  &:empty {
    display: none;
  }
`;

const Title = styled.p`
  && {
    margin-block-end: ${space(1)};
    color: var(--pelago-color-danger);
    font-weight: 700;
  }
`;
