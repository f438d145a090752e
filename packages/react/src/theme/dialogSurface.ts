import { css } from 'styled-components';

/** The look of the kit's modal dialogs: a bordered panel in the middle over a dimmed page. */
export const dialogSurface = css`
  max-width: none;
  margin: auto;
  padding: 0;
  border: 1px solid var(--pelago-color-border);
  border-radius: var(--pelago-border-radius);
  background: var(--pelago-color-background);
  color: var(--pelago-color-text);

  &::backdrop {
    background: rgb(0 0 0 / 0.6);
  }
`;
