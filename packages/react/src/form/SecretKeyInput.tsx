import {
  type ComponentPropsWithoutRef,
  type MouseEvent,
  type Ref,
  useEffect,
  useImperativeHandle,
  useRef,
  useState,
} from 'react';
import { styled } from 'styled-components';
import { focusRing } from '../theme/focusRing';
import { space } from '../theme/space';

/** Props of {@link SecretKeyInput}. */
export interface SecretKeyInputProps
  extends Omit<ComponentPropsWithoutRef<'input'>, 'type' | 'name' | 'value' | 'defaultValue'> {
  /** The `id` of the input, for its `<label htmlFor>`. */
  id: string;
  /** The toggle's accessible name while the key is hidden, e.g. "Show key". */
  showLabel: string;
  /** The toggle's accessible name while the key is shown, e.g. "Hide key". */
  hideLabel: string;
  /** Receives the `<input>` element. */
  inputRef?: Ref<HTMLInputElement | null>;
}

/**
 * A secret input with a show/hide toggle, after Radix's password toggle field: the key is
 * masked (`type="password"`) until the merchant asks to see it; the toggle is a real button
 * with `aria-pressed`; toggling with a pointer puts focus back in the field with the caret where
 * it was, toggling with the keyboard leaves focus on the button; submitting or resetting the
 * form masks the key again.
 *
 * The input is uncontrolled, so the key lives in the field only, never in React state. It has
 * no `name` and asks browsers, password managers and spell checkers to leave it alone.
 */
export function SecretKeyInput({
  id,
  showLabel,
  hideLabel,
  inputRef,
  ...inputProps
}: SecretKeyInputProps) {
  const [visible, setVisible] = useState(false);
  const ownRef = useRef<HTMLInputElement>(null);
  useImperativeHandle(inputRef, () => ownRef.current as HTMLInputElement, []);

  // Masked again on submit or reset, so that a shown key is not left on screen.
  useEffect(() => {
    const form = ownRef.current?.form;
    if (!form) return;
    const hide = () => setVisible(false);
    form.addEventListener('submit', hide);
    form.addEventListener('reset', hide);
    return () => {
      form.removeEventListener('submit', hide);
      form.removeEventListener('reset', hide);
    };
  }, []);

  const toggle = (event: MouseEvent<HTMLButtonElement>) => {
    setVisible((shown) => !shown);
    // `detail` counts pointer clicks; a keyboard press gives 0 and keeps focus on the button.
    const input = ownRef.current;
    if (event.detail === 0 || !input) return;
    const { selectionStart, selectionEnd } = input;
    requestAnimationFrame(() => {
      input.focus();
      if (selectionStart !== null && selectionEnd !== null) {
        input.setSelectionRange(selectionStart, selectionEnd);
      }
    });
  };

  return (
    <Frame>
      <Field>
        <Input
          {...inputProps}
          ref={ownRef}
          id={id}
          type={visible ? 'text' : 'password'}
          autoComplete="off"
          autoCapitalize="off"
          autoCorrect="off"
          spellCheck={false}
          data-1p-ignore=""
          data-lpignore="true"
          data-bwignore=""
          data-form-type="other"
        />
        <Toggle type="button" aria-pressed={visible} aria-controls={id} onClick={toggle}>
          {visible ? hideLabel : showLabel}
        </Toggle>
      </Field>
    </Frame>
  );
}

// The field's own width decides the layout: on a phone the toggle goes under the key, so
// the key keeps the whole width instead of shrinking beside the toggle.
const Frame = styled.div`
  container-type: inline-size;
  min-width: 0;
`;

const Field = styled.div`
  display: flex;
  min-width: 0;
  border: 1px solid var(--pelago-color-border);
  border-radius: var(--pelago-border-radius);
  background: var(--pelago-color-background);

  &:has(input[aria-invalid='true']) {
    border-color: var(--pelago-color-danger);
    border-inline-start-width: 4px;
  }

  @container (max-width: 24rem) {
    flex-direction: column;
  }
`;

const Input = styled.input`
  && {
    flex: 1 1 auto;
    min-width: 0;
    min-height: 2.75rem;
    padding: ${space(2)} ${space(3)};
    border: 0;
    border-radius: var(--pelago-border-radius);
    background: transparent;
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;

    &:focus {
      outline: none;
    }
    &:focus-visible {
      outline: 2px solid var(--pelago-color-focus);
      outline-offset: 1px;
    }
  }
`;

const Toggle = styled.button`
  && {
    flex: none;
    min-width: 5.5rem;
    padding: 0 ${space(3)};
    border-inline-start: 1px solid var(--pelago-color-border);
    border-start-end-radius: var(--pelago-border-radius);
    border-end-end-radius: var(--pelago-border-radius);
    font-size: 0.875em;
    font-weight: 600;
    color: var(--pelago-color-primary);
    ${focusRing}

    @container (max-width: 24rem) {
      min-height: 2.75rem;
      border-inline-start: 0;
      border-block-start: 1px solid var(--pelago-color-border);
      border-radius: 0 0 var(--pelago-border-radius) var(--pelago-border-radius);
    }
  }
`;
