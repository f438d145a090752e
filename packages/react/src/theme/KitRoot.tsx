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

/*
 * How the reset outranks a host page's CSS: `:where(root)` adds nothing, then a type selector
 * and four `:not()` of names no element has give it the weight of five element names. That
 * beats any host rule made of element names alone (`header`, `ol li`, `body main p`, `*`),
 * and loses to every class selector, so each kit component's own styles (one class or more)
 * always win, whatever the order in which styles are injected. A host rule with a class or an
 * id on the way (`.content p`) can still reach in: no reset can stop that without fighting the
 * components' own styles.
 *
 * First every element goes back to the browser's own styles (`all: revert`): nothing the host
 * set on element names stays (backgrounds, borders, colours, spacing, list styles,
 * text-transform, letter-spacing, line-height, font sizes, box-sizing). SVG drawing is left
 * out, as `revert` would drop its presentation attributes: the SVG root only loses box styles
 * a host might add, and its shapes only the host's text styles (their sizes are inline
 * styles, see the pictures). Then the kit's own baseline goes on top of the browser's.
 */
const weight = ':not(pelago-a):not(pelago-b):not(pelago-c):not(pelago-d)';
const html = `:where(&) :not(svg, svg *)${weight}`;
const under = (selector: string) => `:where(&) ${selector}${weight}`;

const Root = styled.div`
  all: revert;
  display: block;
  box-sizing: border-box;
  color-scheme: light;
  color: var(--pelago-color-text);
  font: 400 var(--pelago-font-size-base) / 1.5 var(--pelago-font-family);
  letter-spacing: normal;
  word-spacing: normal;
  text-align: start;
  text-transform: none;
  text-indent: 0;
  text-shadow: none;
  text-decoration: none;
  white-space: normal;
  -webkit-font-smoothing: antialiased;

  &[data-theme='dark'] {
    color-scheme: dark;
  }

  ${html}, ${html}::before, ${html}::after {
    all: revert;
    box-sizing: border-box;
  }

  ${under(':is(h1, h2, h3, h4, h5, h6, p, figure, blockquote, dl, dd, ol, ul, fieldset, legend)')} {
    margin: 0;
    padding: 0;
    border: 0;
    font-size: inherit;
  }

  ${under(':is(h1, h2, h3, h4, h5, h6)')} {
    font-weight: inherit;
  }

  ${under(':is(ol, ul)')} {
    list-style: none;
  }

  ${under(':is(button, input, select, textarea)')} {
    appearance: none;
    margin: 0;
    font: inherit;
    letter-spacing: inherit;
    word-spacing: inherit;
    color: inherit;
    text-transform: none;
  }

  ${under('button')} {
    background: none;
    border: 0;
    padding: 0;
    cursor: pointer;
  }

  ${under('a')} {
    color: var(--pelago-color-primary);
    text-underline-offset: 0.15em;
  }

  ${under('img')} {
    display: block;
    max-width: 100%;
  }

  ${under('code')} {
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    font-size: 0.95em;
  }

  ${under('svg')} {
    display: block;
    max-width: 100%;
    margin: 0;
    padding: 0;
    border: 0;
    background: none;
    box-shadow: none;
    float: none;
  }

  ${under('svg *')} {
    letter-spacing: normal;
    word-spacing: normal;
    text-transform: none;
    text-shadow: none;
    font-style: normal;
  }
`;
