import { createContext, type ReactNode, useContext } from 'react';
import { styled } from 'styled-components';
import { usePelagoConnectInternal } from '../provider/PelagoConnectContext';
import { appearanceToCssVariables } from './cssVariables';

/** Props of {@link KitRoot}. */
export interface KitRootProps {
  children: ReactNode;
  /** Which component asks; named in the error thrown outside the provider. */
  caller: string;
}

/**
 * The element every kit component renders first. It carries the `--pelago-*` variables, the
 * language of the messages and a reset of the host page's inherited styles, so that nothing
 * leaks out to the host and the host's CSS does not break the kit. Nested kit components
 * reuse the outer root.
 */
export function KitRoot({ children, caller }: KitRootProps) {
  const context = usePelagoConnectInternal(caller);
  const nested = useContext(InsideKitRoot);
  if (nested) return <>{children}</>;
  const { appearance } = context;
  return (
    <InsideKitRoot.Provider value={true}>
      <Root
        data-pelago-root=""
        data-theme={appearance.theme === 'dark' ? 'dark' : 'light'}
        lang={context.lang}
        style={appearanceToCssVariables(appearance)}
      >
        {children}
      </Root>
    </InsideKitRoot.Provider>
  );
}

const InsideKitRoot = createContext(false);

const Root = styled.div`
  box-sizing: border-box;
  color-scheme: light;
  color: var(--pelago-color-text);
  font-family: var(--pelago-font-family);
  font-size: var(--pelago-font-size-base);
  font-weight: 400;
  font-style: normal;
  line-height: 1.5;
  letter-spacing: normal;
  word-spacing: normal;
  text-align: start;
  text-transform: none;
  text-indent: 0;
  text-shadow: none;
  white-space: normal;
  -webkit-font-smoothing: antialiased;

  &[data-theme='dark'] {
    color-scheme: dark;
  }

  & *,
  & *::before,
  & *::after {
    box-sizing: border-box;
  }

  & :where(h1, h2, h3, h4, h5, h6, p, figure, figcaption, blockquote, dl, dd) {
    margin: 0;
    padding: 0;
    font-size: inherit;
    font-weight: inherit;
    line-height: inherit;
    color: inherit;
  }

  & :where(ol, ul) {
    margin: 0;
    padding: 0;
    list-style: none;
  }

  & :where(button, input, select, textarea) {
    appearance: none;
    margin: 0;
    font: inherit;
    letter-spacing: inherit;
    color: inherit;
    text-transform: none;
  }

  & :where(button) {
    background: none;
    border: 0;
    padding: 0;
    cursor: pointer;
  }

  & :where(a) {
    color: var(--pelago-color-primary);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }

  & :where(img, svg) {
    display: block;
    max-width: 100%;
    border: 0;
  }

  & :where(code) {
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    font-size: 0.95em;
  }
`;
