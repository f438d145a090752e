import type { ConnectError, KeyMode } from '@pelago/connect-core';
import { type FormEvent, useEffect } from 'react';
import { styled } from 'styled-components';
import type { DialogControls } from '../a11y/lazyDialog';
import type { ErrorBox as ErrorBoxType } from '../controls/ErrorBox';
import type { TextInput as TextInputType } from '../controls/TextInput';
import type { usePublishableKeyField as usePublishableKeyFieldType } from '../form/usePublishableKeyField';
import type {
  useFormatMessage as useFormatMessageType,
  useMessages as useMessagesType,
} from '../i18n/useMessages';

/** Props of the form made by {@link makePublishableKeyForm}. */
export interface PublishableKeyFormProps {
  /** `id` of the form, for the opener's `aria-controls`; the parts' ids derive from it. */
  id: string;
  /** The form's accessible name: what its opener says. */
  label: string;
  /** The connected key's mode: a publishable key of the other mode is refused. */
  mode: KeyMode;
  /** Says the key is being saved: the field is read-only and Save ignores presses. */
  saving: boolean;
  /** Stores the key (`useConnectionStatus().savePublishableKey`). */
  save: (publishableKey: string) => Promise<true | ConnectError | false>;
  /** Called once the key is stored. */
  onSaved: () => void;
  onCancel: () => void;
}

/** What the form is made from besides the dialogs' controls: the page has them already. */
export interface PublishableKeyFormControls extends DialogControls {
  ErrorBox: typeof ErrorBoxType;
  TextInput: typeof TextInputType;
  useFormatMessage: typeof useFormatMessageType;
  useMessages: typeof useMessagesType;
  usePublishableKeyField: typeof usePublishableKeyFieldType;
}

/**
 * The status card's small form for adding or replacing the publishable key alone. Shown after a
 * press only (most merchants connect both keys at once), so it loads then, made from the
 * controls and hooks the card already has, like the kit's dialogs (see `lazyDialog`). Focus
 * starts in the field; the server's refusal of the key shows under it.
 */
export function makePublishableKeyForm({
  Button,
  ButtonRow,
  ErrorBox,
  TextInput,
  space,
  useFormatMessage,
  useMessages,
  usePublishableKeyField,
}: PublishableKeyFormControls) {
  const Form = styled.form`
    display: grid;
    gap: ${space(2)};
    max-width: 40rem;
    min-width: 0;
    padding-block-start: ${space(3)};
    border-block-start: 1px solid var(--pelago-color-border);

    & > label {
      font-weight: 600;
    }
    & > p {
      color: var(--pelago-color-text-muted);
      font-size: 0.875em;
    }
    & input {
      font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    }
  `;

  // biome-ignore lint/correctness/noComponentHookFactories: made once per page by lazyDialog, never during a render
  return function PublishableKeyForm({
    id,
    label,
    mode,
    saving,
    save,
    onSaved,
    onCancel,
  }: PublishableKeyFormProps) {
    const t = useFormatMessage('ConnectionStatus');
    const field = usePublishableKeyField(mode, useMessages('ConnectionStatus'));
    const { ref } = field.inputProps;
    useEffect(() => ref.current?.focus(), [ref]);
    const submit = async (event: FormEvent<HTMLFormElement>) => {
      event.preventDefault();
      const publishableKey = field.take(true);
      if (!publishableKey || saving) return;
      const saved = await save(publishableKey);
      if (saved === true) onSaved();
      else if (saved) field.refuse(saved);
    };
    return (
      <Form id={id} aria-label={label} aria-busy={saving} noValidate onSubmit={submit}>
        <label htmlFor={`${id}input`}>{t('pkInputLabel')}</label>
        <p id={`${id}hint`}>{t('pkInputHint', { prefix: `pk_${mode}_` })}</p>
        <TextInput
          type="text"
          id={`${id}input`}
          {...field.inputProps}
          aria-invalid={field.problem !== ''}
          aria-describedby={field.problem ? `${id}hint ${id}problem` : `${id}hint`}
          readOnly={saving}
          aria-readonly={saving}
          autoComplete="off"
          autoCapitalize="off"
          autoCorrect="off"
          spellCheck={false}
          data-1p-ignore=""
          data-lpignore="true"
        />
        {field.problem && (
          <ErrorBox
            textId={`${id}problem`}
            // No live region here: the refusal is announced as it appears.
            alert
            title={t('errorTitlePublishableKey')}
          >
            {field.problem}
          </ErrorBox>
        )}
        <ButtonRow>
          <Button type="submit" data-variant="primary" aria-disabled={saving}>
            {t(saving ? 'pkSaving' : 'pkSave')}
          </Button>
          <Button type="button" onClick={onCancel}>
            {t('disconnectCancel')}
          </Button>
        </ButtonRow>
      </Form>
    );
  };
}
