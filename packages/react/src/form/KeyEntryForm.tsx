import {
  type ConnectError,
  type KeyMode,
  type KeyStatus,
  type PutKeyResponse,
  suggestKeyName,
} from '@pelago/connect-core';
import { type FormEvent, useEffect, useId, useState } from 'react';
import { styled } from 'styled-components';
import { LiveRegion } from '../a11y/LiveRegion';
import { Button } from '../controls/Button';
import { ErrorBox } from '../controls/ErrorBox';
import { ModeBadge } from '../controls/ModeBadge';
import { TextInput } from '../controls/TextInput';
import { useFormatMessage } from '../i18n/useMessages';
import { KitRoot } from '../theme/KitRoot';
import { space } from '../theme/space';
import { PermissionList } from './PermissionList';
import { SecretKeyInput } from './SecretKeyInput';
import { useKeyVerification } from './useKeyVerification';

/** Props of {@link KeyEntryForm}. */
export interface KeyEntryFormProps {
  /** The mode of the connection: a key of the other mode is refused. Default `'test'`. */
  mode?: KeyMode;
  /** The merchant's company name; prefills the key name with `suggestKeyName(companyName)`. */
  companyName?: string;
  /** The key name to prefill instead of the suggestion. */
  defaultName?: string;
  /** Called with the stored key's status once Stripe confirmed the key. */
  onVerified?: (status: KeyStatus, result: PutKeyResponse) => void;
  /** Called with the server's or the network's error (a refused paste is not an error). */
  onError?: (error: ConnectError) => void;
  /**
   * Shows "Show me how to set permissions" when Stripe finds a permission missing, and is
   * called when it is pressed (`ConnectOnboarding` opens the guide's permission step).
   */
  onShowPermissionsStep?: () => void;
  /**
   * Level of the form's heading. Default `2`; inside the guide's hand-over step
   * `ConnectOnboarding` uses the level below the step's heading.
   */
  headingLevel?: 1 | 2 | 3 | 4 | 5 | 6;
  /** Moves focus into the key field when the form appears. */
  autoFocus?: boolean;
  className?: string;
}

/**
 * The form a merchant pastes their restricted key into. It checks every paste on the spot
 * (a secret, publishable or webhook key, a key of the other mode, the Dashboard's hidden
 * form…) and sends nothing until the paste is a usable restricted key. Stripe's answer shows
 * as a checklist of the permissions it confirmed.
 *
 * The key is never kept: the field is emptied on every submission, and nothing is written to
 * storage, cookies or the URL. Needs a provider with an `endpoint` or a `client`.
 *
 * @example
 * <KeyEntryForm mode="live" companyName="Acme Manufacturing Company" onVerified={showStatus} />
 */
export function KeyEntryForm(props: KeyEntryFormProps) {
  return (
    <KitRoot caller="KeyEntryForm">
      <KeyEntryFormView {...props} />
    </KitRoot>
  );
}

function KeyEntryFormView({
  mode: modeProp,
  companyName,
  defaultName,
  onVerified,
  onError,
  onShowPermissionsStep,
  headingLevel = 2,
  autoFocus = false,
  className,
}: KeyEntryFormProps) {
  const mode: KeyMode = modeProp === 'live' ? 'live' : 'test';
  const t = useFormatMessage('KeyEntryForm');
  const verification = useKeyVerification({
    mode,
    onVerified: (result) => onVerified?.(result.status, result),
    ...(onError ? { onError } : {}),
  });
  const [name, setName] = useState(
    () => defaultName ?? (companyName?.trim() ? suggestKeyName(companyName) : ''),
  );
  const id = useId();
  const ids = {
    title: `${id}title`,
    key: `${id}key`,
    hint: `${id}hint`,
    problem: `${id}problem`,
    name: `${id}name`,
    nameHint: `${id}namehint`,
  };
  const { state, check, problem, verification: confirmed, inputProps } = verification;
  const pending = state === 'checking';
  const input = inputProps.ref;

  // biome-ignore lint/correctness/useExhaustiveDependencies: only when the form appears
  useEffect(() => {
    if (autoFocus) input.current?.focus();
  }, []);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    // Also while pending: `submit` then sends nothing but still empties the field.
    void verification.submit({ name });
  };

  const badgeMode = check.kind === 'restricted' ? check.mode : undefined;
  const missing =
    confirmed?.permissions.charges === 'missing' || confirmed?.permissions.refunds === 'missing';
  const announcement =
    state === 'checking'
      ? t('keyChecking')
      : // A failure is said by the alert below; saying it here too would read it twice.
        problem || (state === 'verified' ? t('keyVerified') : '');
  const Heading = `h${headingLevel}` as const;

  return (
    <>
      <Form
        className={className}
        aria-labelledby={ids.title}
        aria-busy={pending}
        noValidate
        autoComplete="off"
        onSubmit={onSubmit}
      >
        <Title as={Heading} id={ids.title}>
          {t('keyFormTitle')}
        </Title>

        <Field>
          <LabelRow>
            <Label htmlFor={ids.key}>{t('keyInputLabel')}</Label>
            {badgeMode && (
              <ModeBadge data-mode={badgeMode}>
                {t(badgeMode === 'live' ? 'modeLive' : 'modeTest')}
              </ModeBadge>
            )}
          </LabelRow>
          <Hint id={ids.hint}>{t('keyInputHint', { prefix: `rk_${mode}_` })}</Hint>
          <SecretKeyInput
            id={ids.key}
            inputRef={input}
            onChange={inputProps.onChange}
            onPaste={inputProps.onPaste}
            onBlur={inputProps.onBlur}
            showLabel={t('keyShow')}
            hideLabel={t('keyHide')}
            aria-invalid={problem !== ''}
            aria-describedby={problem ? `${ids.hint} ${ids.problem}` : ids.hint}
            readOnly={pending}
            aria-readonly={pending}
            data-key-input=""
          />
          {problem && <Problem id={ids.problem}>{problem}</Problem>}
        </Field>

        <Field>
          <Label htmlFor={ids.name}>{t('keyNameLabel')}</Label>
          <Hint id={ids.nameHint}>{t('keyNameHint')}</Hint>
          <TextInput
            id={ids.name}
            value={name}
            onChange={(event) => setName(event.currentTarget.value)}
            aria-describedby={ids.nameHint}
            autoComplete="off"
            spellCheck={false}
            maxLength={200}
            data-1p-ignore=""
            data-lpignore="true"
          />
        </Field>

        {state === 'failed' && <ErrorBox role="alert">{verification.errorMessage}</ErrorBox>}
        {state === 'verified' && <Success>{t('keyVerified')}</Success>}
        {confirmed && (state === 'verified' || state === 'failed') && (
          <PermissionList permissions={confirmed.permissions} label={t('checklistLabel')} />
        )}
        {missing && onShowPermissionsStep && (
          <Button type="button" data-variant="link" onClick={onShowPermissionsStep}>
            {t('showPermissionsStep')}
          </Button>
        )}

        <Submit type="submit" data-variant="primary" aria-disabled={pending}>
          {pending ? t('keySubmitting') : t('keySubmit')}
        </Submit>
      </Form>
      {/* Outside the form: a busy form may hold back what its live regions say. */}
      <LiveRegion message={announcement} />
    </>
  );
}

const Form = styled.form`
  display: grid;
  gap: ${space(4)};
  max-width: 40rem;
  min-width: 0;
`;

const Title = styled.h2`
  font-size: 1.25em;
  font-weight: 700;
  line-height: 1.3;
`;

const Field = styled.div`
  display: grid;
  gap: ${space(1)};
  min-width: 0;
`;

const LabelRow = styled.div`
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: ${space(2)};
`;

const Label = styled.label`
  font-weight: 600;
`;

const Hint = styled.p`
  color: var(--pelago-color-text-muted);
  font-size: 0.875em;
`;

const Problem = styled.p`
  max-width: 65ch;
  color: var(--pelago-color-danger);
  font-size: 0.9375em;
`;

const Success = styled.p`
  color: var(--pelago-color-success);
  font-weight: 600;
`;

const Submit = styled(Button)`
  && {
    justify-self: start;
  }
`;
