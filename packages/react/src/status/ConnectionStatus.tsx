import type { ConnectError, KeyStatus, PutKeyResponse } from '@pelago/connect-core';
import { type ReactNode, useEffect, useId, useRef, useState } from 'react';
import { styled } from 'styled-components';
import { LiveRegion } from '../a11y/LiveRegion';
import { DialogLoader, lazyDialog } from '../a11y/lazyDialog';
import { Button, ButtonRow } from '../controls/Button';
import { ErrorBox } from '../controls/ErrorBox';
import { ModeBadge } from '../controls/ModeBadge';
import { TextInput } from '../controls/TextInput';
import { TextLink } from '../controls/TextLink';
import { PermissionList, wasChecked } from '../form/PermissionList';
import { usePublishableKeyField } from '../form/usePublishableKeyField';
import { connectErrorText, connectErrorTitleKey } from '../i18n/connectErrorText';
import { useFormatMessage, useMessages } from '../i18n/useMessages';
import { usePelagoConnectInternal } from '../provider/PelagoConnectContext';
import { focusRing } from '../theme/focusRing';
import { KitRoot } from '../theme/KitRoot';
import { space } from '../theme/space';
import { PaymentsDetail, PublishableKeyDetail } from './PaymentsDetails';
import { RelativeTime } from './RelativeTime';
import { StatusLoadFailure } from './StatusLoadFailure';
import { useConnectionStatus } from './useConnectionStatus';

// The confirmation shows only after a press on "Disconnect", so its code is not part of the
// card: it loads when the pointer or focus reaches the button, or at the press at the latest.
const confirmDialog = lazyDialog((controls) =>
  import('./ConfirmDialog').then((module) => module.makeConfirmDialog(controls)),
);

// Most merchants connect both keys at once: the form for adding one later loads when needed,
// like the dialogs (and a failed load closes it rather than breaking the card).
const publishableKeyForm = lazyDialog((controls) =>
  import('./PublishableKeyForm').then((module) =>
    module.makePublishableKeyForm({
      ...controls,
      ErrorBox,
      TextInput,
      useFormatMessage,
      useMessages,
      usePublishableKeyField,
    }),
  ),
);

/** Props of {@link ConnectionStatus}. */
export interface ConnectionStatusProps {
  /**
   * The status to show. Without it the component loads it with `client.getKey()` and shows
   * "Checking your Stripe connection…" meanwhile.
   */
  status?: KeyStatus;
  /** Shows "Replace key" (or "Connect a key" when nothing is connected) and is called by it. */
  onReplace?: () => void;
  /** Called once the merchant confirmed "Disconnect" and the server forgot the key. */
  onDisconnected?: () => void;
  /** Called after "Verify again" with the refreshed status. */
  onVerified?: (status: KeyStatus, result: PutKeyResponse) => void;
  /** Called with any failure: loading, verifying or disconnecting. */
  onError?: (error: ConnectError) => void;
  /**
   * Shows "Show me how to fix it" as the main action when the key lacks a permission, and is
   * called by it (`ConnectOnboarding` opens the guide's permission-fix steps).
   */
  onFixPermissions?: () => void;
  /** Your help or contact page, offered when this site fails to answer. */
  helpHref?: string;
  /** Your sign-in page, offered when the merchant was signed out. */
  signInHref?: string;
  /** Level of the heading. Default `2`. */
  headingLevel?: 1 | 2 | 3 | 4 | 5;
  /** Moves focus to the heading when the status appears (after a key was just connected). */
  autoFocus?: boolean;
  className?: string;
}

/**
 * Whether Stripe is connected and working, connected but needing attention (a permission
 * missing, the key expired or unreadable: the fix is then the main action), or not connected;
 * with what key (name, redacted form, mode, when Stripe last verified it, which permissions it
 * has), and the actions on it: verify again, replace, disconnect (after a confirmation). Live
 * mode is marked as such, apart from success. Needs a provider with an `endpoint` or a `client`.
 *
 * @example
 * <ConnectionStatus onReplace={() => setView('form')} onDisconnected={() => setView('guide')} />
 */
export function ConnectionStatus(props: ConnectionStatusProps) {
  return (
    <KitRoot caller="ConnectionStatus">
      <ConnectionStatusView {...props} />
    </KitRoot>
  );
}

type Outcome = 'verify' | 'disconnect' | 'publishable-key' | undefined;

function ConnectionStatusView({
  status: given,
  onReplace,
  onDisconnected,
  onVerified,
  onError,
  onFixPermissions,
  helpHref,
  signInHref,
  headingLevel = 2,
  autoFocus = false,
  className,
}: ConnectionStatusProps) {
  const t = useFormatMessage('ConnectionStatus');
  const { messages, lang } = usePelagoConnectInternal('ConnectionStatus');
  const connection = useConnectionStatus({
    ...(given ? { status: given } : {}),
    onVerified: (result) => onVerified?.(result.status, result),
    ...(onDisconnected ? { onDisconnected } : {}),
    ...(onError ? { onError } : {}),
  });
  const { status, action, actionError, verification } = connection;
  const [confirming, setConfirming] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>();
  const [addingKey, setAddingKey] = useState(false);
  const addKeyRef = useRef<HTMLButtonElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const disconnectRef = useRef<HTMLButtonElement>(null);
  const retryRef = useRef<HTMLButtonElement>(null);
  const refocus = useRef<'heading' | 'disconnect' | 'retried' | 'add-key' | null>(
    autoFocus ? 'heading' : null,
  );
  const id = useId();

  // Focus moves once the element is on screen: after loading, or after the dialog closed
  // (elements behind a modal dialog cannot take focus).
  // After "Try again" the button is gone while loading: focus lands on the heading that
  // replaces it, or on the new "Try again" when loading failed again.
  useEffect(() => {
    if (confirming || !refocus.current) return;
    if (refocus.current === 'retried' && connection.loading) return;
    const target =
      refocus.current === 'retried'
        ? (headingRef.current ?? retryRef.current)
        : refocus.current === 'heading'
          ? headingRef.current
          : refocus.current === 'add-key'
            ? addKeyRef.current
            : disconnectRef.current;
    if (!target) return;
    refocus.current = null;
    target.focus();
  });

  if (connection.loading) {
    return (
      <Panel className={className} aria-busy="true">
        <Muted>{t('statusLoading')}</Muted>
      </Panel>
    );
  }
  if (!status) {
    return (
      <Panel className={className}>
        <StatusLoadFailure
          {...(helpHref ? { helpHref } : {})}
          {...(signInHref ? { signInHref } : {})}
          error={connection.loadError}
          retryRef={retryRef}
          onRetry={() => {
            refocus.current = 'retried';
            connection.reload();
          }}
        />
      </Panel>
    );
  }

  const verifying = action === 'verifying';
  const busy = action !== 'idle';
  const connected = status.connected;
  const failure =
    actionError ??
    (outcome === 'verify' && verification && !verification.ok
      ? (verification.problems[0] ?? { code: 'permission_missing' as const })
      : undefined);
  const problem = failure ? connectErrorText(failure, messages) : '';
  // Connected but not working: the key no longer opens Stripe, or lacks a permission.
  const attention: 'key' | 'permission' | undefined = !connected
    ? undefined
    : failure && KEY_GONE.has(failure.code)
      ? 'key'
      : status.permissions?.charges === 'missing' || status.permissions?.refunds === 'missing'
        ? 'permission'
        : undefined;
  const state = attention ? 'attention' : connected ? 'working' : 'disconnected';
  const fixFirst = attention === 'permission' && onFixPermissions;
  // A failure is said by the alert alone; the polite region would read it a second time.
  const announcement = verifying
    ? t('keyChecking')
    : problem
      ? ''
      : outcome === 'verify'
        ? t('keyVerified')
        : outcome === 'disconnect'
          ? t('statusDisconnected')
          : outcome === 'publishable-key'
            ? t('pkSaved')
            : '';

  const verifyAgain = async () => {
    if (busy) return;
    setOutcome(undefined);
    await connection.verify();
    setOutcome('verify');
  };
  const cancelDisconnect = () => {
    refocus.current = 'disconnect';
    setConfirming(false);
  };
  const confirmDisconnect = async () => {
    const done = await connection.disconnect();
    refocus.current = done ? 'heading' : 'disconnect';
    setOutcome('disconnect');
    setConfirming(false);
  };

  const Heading = `h${headingLevel}` as const;
  const rows: [string, ReactNode][] = [];
  if (connected) {
    if (status.mode) {
      rows.push([
        t('statusMode'),
        <ModeBadge key="mode" data-mode={status.mode}>
          {t(status.mode === 'live' ? 'modeLive' : 'modeTest')}
        </ModeBadge>,
      ]);
    }
    if (status.name) rows.push([t('statusKeyName'), status.name]);
    if (status.redactedKey)
      rows.push([t('statusKey'), <code key="key">{status.redactedKey}</code>]);
    if (status.verifiedAt) {
      rows.push([
        t('statusVerified'),
        <RelativeTime key="at" dateTime={status.verifiedAt} locale={lang} />,
      ]);
    }
    if (wasChecked(status.permissions) && status.permissions) {
      rows.push([
        t('statusPermissions'),
        <PermissionList key="p" permissions={status.permissions} />,
      ]);
    }
    if (status.payments || status.publishableKey) {
      rows.push([
        t('statusPublishableKey'),
        <PublishableKeyDetail
          key="pk"
          publishableKey={status.publishableKey}
          pairing={status.publishableKeyPairing}
        />,
      ]);
    }
    if (status.payments) {
      rows.push([t('statusPayments'), <PaymentsDetail key="pay" payments={status.payments} />]);
    }
  }
  // Offered when attendees cannot pay for want of the right publishable key.
  const keyAction =
    connected && status.payments === 'publishable_key_missing'
      ? 'statusAddPublishableKey'
      : connected && status.payments === 'publishable_key_mismatch'
        ? 'statusReplacePublishableKey'
        : undefined;
  const closeKeyForm = () => {
    refocus.current = 'add-key';
    setAddingKey(false);
  };

  return (
    <Panel className={className} aria-labelledby={`${id}title`} data-state={state}>
      <Header>
        <Dot aria-hidden="true" />
        <Title as={Heading} id={`${id}title`} ref={headingRef} tabIndex={-1}>
          {t(attention ? 'statusAttention' : connected ? 'statusConnected' : 'statusNotConnected')}
        </Title>
      </Header>
      {connected ? (
        <Details>
          {rows.map(([term, detail]) => (
            <div key={term}>
              <dt>{term}</dt>
              <dd>{detail}</dd>
            </div>
          ))}
        </Details>
      ) : (
        <Muted>{t('statusNotConnectedBody')}</Muted>
      )}
      {(problem || attention) && (
        <ErrorBox
          alert={!!problem}
          title={t(
            failure
              ? connectErrorTitleKey(failure.code)
              : attention === 'key'
                ? 'errorTitleKeyExpired'
                : 'errorTitlePermission',
          )}
          actions={
            <>
              {failure?.code === 'unauthenticated' && signInHref && (
                <TextLink href={signInHref}>{t('signInLink')}</TextLink>
              )}
              {failure?.code === 'internal_error' && helpHref && (
                <TextLink href={helpHref}>{t('helpLink')}</TextLink>
              )}
            </>
          }
        >
          <p>
            {problem || t(attention === 'key' ? 'statusAttentionKey' : 'statusAttentionPermission')}
          </p>
        </ErrorBox>
      )}
      <ButtonRow>
        {fixFirst && (
          <Button
            type="button"
            data-variant="primary"
            aria-disabled={busy}
            onClick={() => !busy && onFixPermissions()}
          >
            {t('statusFix')}
          </Button>
        )}
        {connected && (
          <Button
            type="button"
            data-variant={attention === 'permission' && !fixFirst ? 'primary' : undefined}
            aria-disabled={busy}
            onClick={verifyAgain}
          >
            {verifying
              ? t('keySubmitting')
              : t(attention === 'permission' ? 'keyCheckAgain' : 'statusVerify')}
          </Button>
        )}
        {keyAction && (
          <Button
            ref={addKeyRef}
            type="button"
            data-variant={attention ? undefined : 'primary'}
            aria-expanded={addingKey}
            aria-controls={addingKey ? `${id}pkform` : undefined}
            aria-disabled={busy}
            onClick={() => !busy && setAddingKey((open) => !open)}
            onPointerEnter={publishableKeyForm.preload}
            onFocus={publishableKeyForm.preload}
          >
            {t(keyAction)}
          </Button>
        )}
        {onReplace && (
          <Button
            type="button"
            data-variant={!connected || attention === 'key' ? 'primary' : undefined}
            aria-disabled={busy}
            onClick={() => !busy && onReplace()}
          >
            {t(connected ? 'statusReplace' : 'statusConnect')}
          </Button>
        )}
        {connected && (
          <Button
            ref={disconnectRef}
            type="button"
            data-variant="danger"
            aria-disabled={busy}
            onClick={() => !busy && setConfirming(true)}
            onPointerEnter={confirmDialog.preload}
            onFocus={confirmDialog.preload}
          >
            {t('statusDisconnect')}
          </Button>
        )}
      </ButtonRow>
      {keyAction && addingKey && (
        <DialogLoader dialog={publishableKeyForm} onUnavailable={closeKeyForm}>
          <publishableKeyForm.Component
            id={`${id}pkform`}
            label={t(keyAction)}
            mode={status.mode ?? 'test'}
            saving={action === 'saving'}
            save={connection.savePublishableKey}
            onSaved={() => {
              setAddingKey(false);
              setOutcome('publishable-key');
              refocus.current = 'heading';
            }}
            onCancel={closeKeyForm}
          />
        </DialogLoader>
      )}
      {confirming && (
        <DialogLoader dialog={confirmDialog} onUnavailable={cancelDisconnect}>
          <confirmDialog.Component
            title={t('disconnectTitle')}
            confirmLabel={
              action === 'disconnecting' ? t('statusDisconnecting') : t('statusDisconnect')
            }
            cancelLabel={t('disconnectCancel')}
            headingLevel={headingLevel + 1}
            busy={action === 'disconnecting'}
            onConfirm={confirmDisconnect}
            onCancel={cancelDisconnect}
          >
            <p>{t('disconnectBody')}</p>
          </confirmDialog.Component>
        </DialogLoader>
      )}
      <LiveRegion message={announcement} />
    </Panel>
  );
}

const Panel = styled.section`
  container-type: inline-size;
  position: relative;
  display: grid;
  gap: ${space(4)};
  width: 100%;
  padding: ${space(5)};
  border: 1px solid var(--pelago-color-border);
  border-radius: var(--pelago-border-radius);
  background: var(--pelago-color-background);
`;

const Header = styled.div`
  display: flex;
  align-items: center;
  gap: ${space(2)};
`;

/** Key codes after which the stored key no longer opens Stripe. */
const KEY_GONE: ReadonlySet<string> = new Set(['key_expired', 'key_invalid', 'key_unreadable']);

// Green only for connected and working; a problem is a danger-coloured ring.
const Dot = styled.span`
  flex: none;
  width: 0.75em;
  height: 0.75em;
  border: 2px solid var(--pelago-color-text-muted);
  border-radius: 50%;

  [data-state='working'] & {
    border-color: var(--pelago-color-success);
    background: var(--pelago-color-success);
  }
  [data-state='attention'] & {
    border-color: var(--pelago-color-danger);
    border-width: 0.25em;
  }
`;

const Title = styled.h2`
  font-size: 1.25em;
  font-weight: 700;
  line-height: 1.3;
  ${focusRing}
`;

const Muted = styled.p`
  max-width: 65ch;
  color: var(--pelago-color-text-muted);
`;

const Details = styled.dl`
  display: grid;
  gap: ${space(2)};

  & > div {
    display: grid;
    grid-template-columns: minmax(6rem, 10rem) minmax(0, 1fr);
    gap: ${space(3)};
  }
  & dt {
    color: var(--pelago-color-text-muted);
  }
  & dd {
    min-width: 0;
    overflow-wrap: anywhere;
  }

  @container (max-width: 26rem) {
    & > div {
      grid-template-columns: minmax(0, 1fr);
      gap: 0;
    }
  }
`;
