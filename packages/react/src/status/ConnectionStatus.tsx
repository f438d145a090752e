import type { ConnectError, KeyStatus, PutKeyResponse } from '@pelago/connect-core';
import { type ReactNode, useEffect, useId, useRef, useState } from 'react';
import { styled } from 'styled-components';
import { LiveRegion } from '../a11y/LiveRegion';
import { Button, ButtonRow } from '../controls/Button';
import { ErrorBox } from '../controls/ErrorBox';
import { PermissionList } from '../form/PermissionList';
import { connectErrorText } from '../i18n/connectErrorText';
import { useFormatMessage } from '../i18n/useMessages';
import { usePelagoConnectInternal } from '../provider/PelagoConnectContext';
import { focusRing } from '../theme/focusRing';
import { KitRoot } from '../theme/KitRoot';
import { space } from '../theme/space';
import { ConfirmDialog } from './ConfirmDialog';
import { RelativeTime } from './RelativeTime';
import { StatusLoadFailure } from './StatusLoadFailure';
import { useConnectionStatus } from './useConnectionStatus';

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
  /** Level of the heading. Default `2`. */
  headingLevel?: 1 | 2 | 3 | 4 | 5;
  /** Moves focus to the heading when the status appears (after a key was just connected). */
  autoFocus?: boolean;
  className?: string;
}

/**
 * Whether Stripe is connected, with what key (name, redacted form, mode, when Stripe last
 * verified it, which permissions it has), and the actions on it: verify again, replace,
 * disconnect (after a confirmation). Needs a provider with an `endpoint` or a `client`.
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

type Outcome = 'verify' | 'disconnect' | undefined;

function ConnectionStatusView({
  status: given,
  onReplace,
  onDisconnected,
  onVerified,
  onError,
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
  const headingRef = useRef<HTMLHeadingElement>(null);
  const disconnectRef = useRef<HTMLButtonElement>(null);
  const retryRef = useRef<HTMLButtonElement>(null);
  const refocus = useRef<'heading' | 'disconnect' | 'retried' | null>(autoFocus ? 'heading' : null);
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
  const problem = actionError
    ? connectErrorText(actionError, messages)
    : outcome === 'verify' && verification && !verification.ok
      ? connectErrorText(verification.problems[0] ?? { code: 'permission_missing' }, messages)
      : '';
  // A failure is said by the alert alone; the polite region would read it a second time.
  const announcement = verifying
    ? t('keyChecking')
    : problem
      ? ''
      : outcome === 'verify'
        ? t('keyVerified')
        : outcome === 'disconnect'
          ? t('statusDisconnected')
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
  const connected = status.connected;
  const rows: [string, ReactNode][] = [];
  if (connected) {
    if (status.mode)
      rows.push([t('statusMode'), t(status.mode === 'live' ? 'statusModeLive' : 'statusModeTest')]);
    if (status.name) rows.push([t('statusKeyName'), status.name]);
    if (status.redactedKey)
      rows.push([t('statusKey'), <code key="key">{status.redactedKey}</code>]);
    if (status.verifiedAt) {
      rows.push([
        t('statusVerified'),
        <RelativeTime key="at" dateTime={status.verifiedAt} locale={lang} />,
      ]);
    }
    if (status.permissions) {
      rows.push([
        t('statusPermissions'),
        <PermissionList key="p" permissions={status.permissions} />,
      ]);
    }
  }

  return (
    <Panel
      className={className}
      aria-labelledby={`${id}title`}
      data-connected={connected ? '' : undefined}
    >
      <Header>
        <Dot aria-hidden="true" />
        <Title as={Heading} id={`${id}title`} ref={headingRef} tabIndex={-1}>
          {t(connected ? 'statusConnected' : 'statusNotConnected')}
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
      {problem && <ErrorBox role="alert">{problem}</ErrorBox>}
      <ButtonRow>
        {connected && (
          <Button type="button" aria-disabled={busy} onClick={verifyAgain}>
            {verifying ? t('keySubmitting') : t('statusVerify')}
          </Button>
        )}
        {onReplace && (
          <Button
            type="button"
            data-variant={connected ? undefined : 'primary'}
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
          >
            {t('statusDisconnect')}
          </Button>
        )}
      </ButtonRow>
      {confirming && (
        <ConfirmDialog
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
        </ConfirmDialog>
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

const Dot = styled.span`
  flex: none;
  width: 0.75em;
  height: 0.75em;
  border: 2px solid var(--pelago-color-text-muted);
  border-radius: 50%;

  [data-connected] & {
    border-color: var(--pelago-color-success);
    background: var(--pelago-color-success);
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
