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
import { VisuallyHidden } from '../a11y/VisuallyHidden';
import { Button } from '../controls/Button';
import { ErrorBox } from '../controls/ErrorBox';
import { ModeBadge } from '../controls/ModeBadge';
import { TextInput } from '../controls/TextInput';
import { TextLink } from '../controls/TextLink';
import { connectErrorTitleKey, isPublishableKeyError } from '../i18n/connectErrorText';
import { useFormatMessage } from '../i18n/useMessages';
import { KitRoot } from '../theme/KitRoot';
import { space } from '../theme/space';
import { PermissionList, wasChecked } from './PermissionList';
import { SecretKeyInput } from './SecretKeyInput';
import {
  type KeyVerification,
  type PublishableKeyPolicy,
  useKeyVerification,
} from './useKeyVerification';

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
  /**
   * How long a key kept for "Try again" stays in memory after its last check, in
   * milliseconds. Default five minutes.
   */
  keepKeyFor?: number;
  /** Your help or contact page, offered when this site fails to answer. */
  helpHref?: string;
  /** Your sign-in page, offered (in a new tab, so the kept key survives) when signed out. */
  signInHref?: string;
  /**
   * Whether the form asks for the publishable key, which attendees' cards need: `'optional'`
   * (default: the field is there, so both keys are connected at once, but the restricted key
   * alone connects too and the publishable key can be added later from `ConnectionStatus`),
   * `'required'`, or `'hidden'` (for pages that take no payments).
   */
  publishableKey?: PublishableKeyPolicy;
  className?: string;
}

/**
 * The form a merchant pastes their restricted key into. It checks every paste on the spot
 * (a secret, publishable or webhook key, a key of the other mode, the Dashboard's hidden
 * form…) and sends nothing until the paste is a usable restricted key. Stripe's answer shows
 * as a checklist of the permissions it confirmed.
 *
 * The field is emptied on every submission, and nothing is written to storage, cookies or the
 * URL. After a passing failure (Stripe busy, a dropped connection, a permission the merchant
 * is about to add) the key stays in memory for a few minutes, so "Try again" or "check again"
 * sends it without a new paste: Stripe shows a live key only once. Needs a provider with an
 * `endpoint` or a `client`.
 *
 * @example
 * <KeyEntryForm mode="live" companyName="Acme Manufacturing Company" onVerified={showStatus} />
 */
export function KeyEntryForm(props: KeyEntryFormProps) {
  return (
    <KitRoot caller="KeyEntryForm">
      <OwnKeyEntryForm {...props} />
    </KitRoot>
  );
}

function OwnKeyEntryForm(props: KeyEntryFormProps) {
  const { mode, onVerified, onError, keepKeyFor, publishableKey } = props;
  const verification = useKeyVerification({
    mode: mode === 'live' ? 'live' : 'test',
    ...(publishableKey ? { publishableKey } : {}),
    onVerified: (result) => onVerified?.(result.status, result),
    ...(onError ? { onError } : {}),
    ...(keepKeyFor !== undefined ? { keepKeyFor } : {}),
  });
  return <KeyEntryFormView {...props} verification={verification} />;
}

/** Props of {@link KeyEntryFormView}: the form's, with the key field's state held outside. */
export interface KeyEntryFormViewProps
  extends Omit<KeyEntryFormProps, 'onVerified' | 'onError' | 'keepKeyFor' | 'publishableKey'> {
  verification: KeyVerification;
}

/**
 * The form drawn around a key field whose state lives in the caller, so that a kept key
 * survives the form being shown again (`ConnectOnboarding` moves it between guide steps).
 */
export function KeyEntryFormView({
  verification,
  mode: modeProp,
  companyName,
  defaultName,
  onShowPermissionsStep,
  headingLevel = 2,
  autoFocus = false,
  helpHref,
  signInHref,
  className,
}: KeyEntryFormViewProps) {
  const mode: KeyMode = modeProp === 'live' ? 'live' : 'test';
  const t = useFormatMessage('KeyEntryForm');
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
    pk: `${id}pk`,
    pkHint: `${id}pkhint`,
    pkProblem: `${id}pkproblem`,
  };
  const {
    state,
    check,
    problem,
    verification: confirmed,
    inputProps,
    keptKey,
    error,
    publishableKey: pk,
    publishableKeyPolicy: policy,
  } = verification;
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
  const failed = state === 'failed' && error;
  const retrying = failed && keptKey;
  // The server's refusal of the publishable key shows on its field, not in the alert below.
  const pkRefused = failed && isPublishableKeyError(error.code);
  const failedAlert = failed && !pkRefused;
  const announcement =
    state === 'checking'
      ? t('keyChecking')
      : // A failure is said by the alert below; saying it here too would read it twice.
        [problem, pk.refusedByServer ? '' : pk.problem].filter(Boolean).join(' ') ||
        (state === 'verified'
          ? t('keyVerified')
          : verification.keyForgotten
            ? t('keyForgotten')
            : '');
  const pasteOther = () => {
    verification.clear();
    input.current?.focus();
  };
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
          {problem && (
            <ErrorBox
              textId={ids.problem}
              title={t(check.code === 'empty' ? 'keyEmptyTitle' : 'errorTitleKeyUnusable')}
            >
              {problem}
            </ErrorBox>
          )}
        </Field>

        {keptKey && !failedAlert && <Muted>{t('keyKept')}</Muted>}

        {policy !== 'hidden' && (
          <Field>
            <Label htmlFor={ids.pk}>{t('pkInputLabel')}</Label>
            <Hint id={ids.pkHint}>
              {t('pkInputHint', { prefix: `pk_${mode}_` })}
              {policy === 'optional' && ` ${t('pkInputHintOptional')}`}
            </Hint>
            <KeyText
              type="text"
              id={ids.pk}
              {...pk.inputProps}
              aria-invalid={pk.problem !== ''}
              aria-describedby={pk.problem ? `${ids.pkHint} ${ids.pkProblem}` : ids.pkHint}
              aria-required={policy === 'required' || undefined}
              readOnly={pending}
              aria-readonly={pending}
              autoComplete="off"
              autoCapitalize="off"
              autoCorrect="off"
              spellCheck={false}
              data-1p-ignore=""
              data-lpignore="true"
              data-publishable-key-input=""
            />
            {pk.problem && (
              <ErrorBox
                textId={ids.pkProblem}
                alert={pk.refusedByServer}
                title={t(
                  pk.refusedByServer || pk.check.ok || pk.check.refusal !== 'empty'
                    ? 'errorTitlePublishableKey'
                    : 'keyEmptyTitle',
                )}
              >
                {pk.problem}
              </ErrorBox>
            )}
          </Field>
        )}

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

        {verification.keyForgotten && <Muted>{t('keyForgotten')}</Muted>}
        {failedAlert && (
          <ErrorBox
            alert
            title={t(connectErrorTitleKey(error.code))}
            actions={
              <>
                {missing && onShowPermissionsStep && (
                  <Button type="button" data-variant="link" onClick={onShowPermissionsStep}>
                    {t('showPermissionsStep')}
                  </Button>
                )}
                {error.code === 'unauthenticated' && signInHref && (
                  <TextLink href={signInHref} target="_blank" rel="noopener">
                    {t('signInLink')} <VisuallyHidden>{t('opensInNewTab')}</VisuallyHidden>
                  </TextLink>
                )}
                {error.code === 'internal_error' && helpHref && (
                  <TextLink href={helpHref}>{t('helpLink')}</TextLink>
                )}
                {keptKey && (
                  <Button type="button" data-variant="link" onClick={pasteOther}>
                    {t('keyPasteOther')}
                  </Button>
                )}
              </>
            }
          >
            <p>{verification.errorMessage}</p>
            {keptKey && <p>{t('keyKept')}</p>}
          </ErrorBox>
        )}
        {state === 'verified' && <Success>{t('keyVerified')}</Success>}
        {confirmed &&
          (state === 'verified' || state === 'failed') &&
          wasChecked(confirmed.permissions) && (
            <PermissionList permissions={confirmed.permissions} label={t('checklistLabel')} />
          )}

        {/* One primary action: after a passing failure it sends the kept key again. */}
        <Submit type="submit" data-variant="primary" aria-disabled={pending} data-key-submit="">
          {pending
            ? t('keySubmitting')
            : retrying
              ? t(error.code === 'permission_missing' ? 'keyCheckAgain' : 'keyRetry')
              : t('keySubmit')}
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

const Muted = styled.p`
  color: var(--pelago-color-text-muted);
`;

// Public, so shown as typed; monospace, like Stripe shows it, so a cut-off key is easy to see.
const KeyText = styled(TextInput)`
  && {
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
  }
  &&[aria-invalid='true'] {
    border-color: var(--pelago-color-danger);
    border-inline-start-width: 4px;
  }
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
