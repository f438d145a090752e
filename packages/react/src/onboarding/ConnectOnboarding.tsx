import type { ConnectError, KeyMode, KeyStatus } from '@pelago/connect-core';
import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { styled } from 'styled-components';
import { LiveRegion } from '../a11y/LiveRegion';
import { Button } from '../controls/Button';
import { KeyEntryFormView } from '../form/KeyEntryForm';
import { type PublishableKeyPolicy, useKeyVerification } from '../form/useKeyVerification';
import { KeySetupGuide } from '../guide/KeySetupGuide';
import type { KeySetupOptions } from '../guide/KeySetupOptions';
import type { KeySetupStep, KeySetupStepContext } from '../guide/KeySetupStep';
import { keySetupStepIds } from '../guide/stepIds';
import { defaultStepStorageKey, readStoredStep, writeStoredStep } from '../guide/stepStorage';
import { useFormatMessage } from '../i18n/useMessages';
import { ConnectionStatus } from '../status/ConnectionStatus';
import { StatusLoadFailure } from '../status/StatusLoadFailure';
import { useConnectionStatus } from '../status/useConnectionStatus';
import { KitRoot } from '../theme/KitRoot';
import { space } from '../theme/space';

/** Props of {@link ConnectOnboarding}. */
export interface ConnectOnboardingProps
  extends Pick<
    KeySetupOptions,
    'illustrations' | 'steps' | 'persistStep' | 'onStepChange' | 'websiteUrl'
  > {
  /** The merchant's company name: the suggested key name is made from it. */
  companyName?: string;
  /** Test or live Stripe data. Default `'test'`. */
  mode?: KeyMode;
  /** Called with the status once a key is verified and stored. */
  onConnected?: (status: KeyStatus) => void;
  /** Shows "Leave the guide" in the guide and is called by it. */
  onExit?: () => void;
  /** Called with any failure talking to the server (loading, verifying, disconnecting). */
  onError?: (error: ConnectError) => void;
  /**
   * How long a key kept for "Try again" stays in memory after its last check, in
   * milliseconds. Default five minutes.
   */
  keepKeyFor?: number;
  /** Your help or contact page, offered when this site fails to answer. */
  helpHref?: string;
  /** Your sign-in page, offered when the merchant was signed out. */
  signInHref?: string;
  /** Level of the top heading (guide title, status title). Default `2`. */
  headingLevel?: 1 | 2 | 3 | 4;
  /**
   * Whether the form asks for the publishable key too (see `KeyEntryForm`). Default
   * `'optional'`; with `'hidden'` the guide leaves out its "Copy your publishable key" step.
   */
  publishableKey?: PublishableKeyPolicy;
  className?: string;
}

/**
 * The whole onboarding: asks the server whether a key is connected, then shows either the
 * connection status or the key-setup guide whose last step holds the key-entry form. A
 * successful key opens the status; "Replace key" goes back to the form, "Disconnect" back to
 * the start of the guide. Merchants who have a key can skip to the form. A key missing a
 * permission leads to the guide's steps for editing that key, which end at the form again:
 * the key pasted before is kept in memory, so "check again" needs no new paste.
 *
 * The server render shows the loading state; the status is asked for once mounted (in
 * StrictMode's double mount the first request is cancelled).
 *
 * @example
 * <PelagoConnectProvider endpoint="/api/pelago">
 *   <ConnectOnboarding companyName="Acme Manufacturing Company" onConnected={refresh} />
 * </PelagoConnectProvider>
 */
export function ConnectOnboarding(props: ConnectOnboardingProps) {
  return (
    <KitRoot caller="ConnectOnboarding">
      <ConnectOnboardingView {...props} />
    </KitRoot>
  );
}

/**
 * What the merchant sees; `replacing` is the form while a key is still connected, `fixing`
 * the permission steps for the stored key.
 */
type View = 'guide' | 'status' | 'replacing' | 'fixing';

/** Where focus goes after the view changed (the status focuses its own heading). */
type FocusTarget = 'key' | 'step' | null;

function ConnectOnboardingView({
  companyName,
  mode: modeProp,
  onConnected,
  onExit,
  onError,
  illustrations,
  steps,
  persistStep,
  onStepChange,
  websiteUrl,
  keepKeyFor,
  helpHref,
  signInHref,
  headingLevel = 2,
  publishableKey = 'optional',
  className,
}: ConnectOnboardingProps) {
  const mode: KeyMode = modeProp === 'live' ? 'live' : 'test';
  const t = useFormatMessage('ConnectOnboarding');
  const connection = useConnectionStatus(onError ? { onError } : {});
  const [view, setView] = useState<View>();
  const [focus, setFocus] = useState<FocusTarget>(null);
  const [announcement, setAnnouncement] = useState('');
  const rootRef = useRef<HTMLDivElement>(null);
  const retryRef = useRef<HTMLButtonElement>(null);
  const retried = useRef(false);
  const guide = useGuideStep(persistStep);
  // Fixing the permissions of the key in the form (kept in memory) rather than a stored one.
  const [fixingKept, setFixingKept] = useState(false);
  const { setStatus } = connection;
  // Held here, not in the form: the form moves between the two flows' last steps, and the
  // kept key must survive that.
  const verification = useKeyVerification({
    mode,
    publishableKey,
    ...(keepKeyFor !== undefined ? { keepKeyFor } : {}),
    ...(onError ? { onError } : {}),
    onVerified: ({ status }) => {
      setStatus(status);
      setFixingKept(false);
      setView('status');
      setAnnouncement('');
      onConnected?.(status);
    },
  });
  const links = { ...(helpHref ? { helpHref } : {}), ...(signInHref ? { signInHref } : {}) };

  // The step list as the guide resolved it, to find the hand-over and permission steps.
  const resolvedSteps = useRef<KeySetupStep[]>([]);
  const resolveSteps = useCallback(
    (all: KeySetupStep[]) => {
      const defaults =
        publishableKey === 'hidden' ? all.filter((step) => step.id !== 'publishable-key') : all;
      const list = typeof steps === 'function' ? steps(defaults) : (steps ?? defaults);
      resolvedSteps.current = list;
      return list;
    },
    [steps, publishableKey],
  );
  const stepIndex = (id: string, fallback: number) => {
    const list = resolvedSteps.current;
    const at = list.findIndex((step) => step.id === id);
    return at >= 0 ? at : list.length > 0 ? Math.min(fallback, list.length - 1) : fallback;
  };
  const stepIndexRef = useRef(stepIndex);
  stepIndexRef.current = stepIndex;
  const { setIndex } = guide;
  const goToStep = useCallback(
    (id: string, fallback: number) => setIndex(stepIndexRef.current(id, fallback)),
    [setIndex],
  );
  const lastStep = keySetupStepIds.length - 1;

  const connected = connection.status?.connected === true;
  const shown: View | 'loading' | 'error' = connection.loading
    ? 'loading'
    : !connection.status
      ? 'error'
      : (view ?? (connected ? 'status' : 'guide'));

  useEffect(() => {
    if (!focus) return;
    const root = rootRef.current;
    const target = root?.querySelector<HTMLElement>(
      focus === 'key' ? '[data-key-input]' : '[data-step-id] [tabindex="-1"]',
    );
    target?.focus();
    setFocus(null);
  }, [focus]);

  // "Try again" disappears while loading: once the answer is in, focus goes to the heading of
  // the view that replaced it (status or guide), or to the new "Try again" after another failure.
  useEffect(() => {
    if (!retried.current || shown === 'loading') return;
    retried.current = false;
    const target =
      shown === 'error'
        ? retryRef.current
        : rootRef.current?.querySelector<HTMLElement>('h1, h2, h3, h4, h5, h6');
    target?.focus();
  });

  const formHeading = Math.min(headingLevel + 2, 6) as 4;
  const renderHandOver = (context: KeySetupStepContext) =>
    shown === 'fixing' && connection.status ? (
      // The stored key's permissions were fixed in Stripe: check it again from here.
      <ConnectionStatus
        status={connection.status}
        headingLevel={formHeading}
        {...links}
        onVerified={(status) => {
          setStatus(status);
          setView('status');
        }}
        {...(onError ? { onError } : {})}
      />
    ) : (
      <KeyEntryFormView
        verification={verification}
        mode={mode}
        companyName={context.companyName}
        headingLevel={formHeading}
        {...links}
        onShowPermissionsStep={() => {
          setFixingKept(true);
          guide.setIndex(0);
          setFocus('step');
        }}
      />
    );

  const backToStatus = () => {
    setView('status');
  };
  const jumpToForm = () => {
    goToStep('hand-over', lastStep);
    setFocus('key');
  };

  return (
    <Root ref={rootRef} className={className} data-view={shown}>
      {shown === 'loading' && <Loading aria-busy="true">{t('statusLoading')}</Loading>}
      {shown === 'error' && (
        <StatusLoadFailure
          {...links}
          error={connection.loadError}
          retryRef={retryRef}
          onRetry={() => {
            retried.current = true;
            connection.reload();
          }}
        />
      )}
      {shown === 'status' && connection.status && (
        <ConnectionStatus
          status={connection.status}
          headingLevel={headingLevel}
          autoFocus={view === 'status'}
          {...links}
          onVerified={(status) => setStatus(status)}
          onFixPermissions={() => {
            guide.setIndex(0);
            setView('fixing');
            setFocus('step');
          }}
          onReplace={() => {
            // The form's last answer was about the key now stored: start it afresh.
            verification.clear();
            goToStep('hand-over', lastStep);
            setView('replacing');
            setFocus('key');
          }}
          onDisconnected={() => {
            verification.clear();
            setStatus({ connected: false });
            guide.setIndex(0);
            setView('guide');
            setFocus('step');
            setAnnouncement(t('statusDisconnected'));
          }}
          {...(onError ? { onError } : {})}
        />
      )}
      {shown !== 'loading' && shown !== 'error' && shown !== 'status' && (
        <>
          {shown === 'replacing' || shown === 'fixing' ? (
            <Shortcut>
              <Button type="button" data-variant="link" onClick={backToStatus}>
                {t('disconnectCancel')}
              </Button>
            </Shortcut>
          ) : (
            !fixingKept &&
            guide.index < stepIndex('hand-over', lastStep) && (
              <Shortcut>
                <Button type="button" data-variant="link" onClick={jumpToForm}>
                  {t('alreadyHaveKey')}
                </Button>
              </Shortcut>
            )
          )}
          <KeySetupGuide
            mode={mode}
            flow={shown === 'fixing' || fixingKept ? 'fix-permissions' : 'create'}
            // The form in the last step has the step's one main action.
            finishAction={
              resolvedSteps.current.length === 0 || resolvedSteps.current.at(-1)?.id === 'hand-over'
                ? 'none'
                : 'button'
            }
            headingLevel={headingLevel}
            step={guide.index}
            onStepChange={(index, step) => {
              guide.setIndex(index);
              onStepChange?.(index, step);
            }}
            onComplete={() => setFocus('key')}
            steps={resolveSteps}
            renderHandOver={renderHandOver}
            {...(companyName !== undefined ? { companyName } : {})}
            {...(websiteUrl !== undefined ? { websiteUrl } : {})}
            {...(illustrations ? { illustrations } : {})}
            {...(onExit ? { onExit } : {})}
          />
        </>
      )}
      <LiveRegion message={announcement} />
    </Root>
  );
}

/**
 * The guide's step, held here so that "I already have a key" and "Show me how to set
 * permissions" can move it. `persistStep` keeps it in sessionStorage like the guide would:
 * the index only, read outside render state so the server and hydrating renders match.
 */
function useGuideStep(persistStep: KeySetupOptions['persistStep']) {
  const storageKey =
    persistStep === true
      ? defaultStepStorageKey
      : typeof persistStep === 'string' && persistStep
        ? persistStep
        : undefined;
  // The guide clamps an index past its last step, so any stored whole number is safe here.
  const stored = useSyncExternalStore(
    subscribeToNothing,
    () => (storageKey ? readStoredStep(storageKey, Number.MAX_SAFE_INTEGER) : undefined),
    () => undefined,
  );
  const [own, setOwn] = useState<number>();
  const index = own ?? stored ?? 0;
  const setIndex = useCallback(
    (next: number) => {
      setOwn(next);
      if (storageKey && Number.isSafeInteger(next)) writeStoredStep(storageKey, next);
    },
    [storageKey],
  );
  return { index, setIndex };
}

function subscribeToNothing() {
  return () => {};
}

const Root = styled.div`
  display: grid;
  gap: ${space(3)};
  width: 100%;
`;

const Loading = styled.p`
  padding: ${space(5)};
  border: 1px solid var(--pelago-color-border);
  border-radius: var(--pelago-border-radius);
  color: var(--pelago-color-text-muted);
`;

const Shortcut = styled.div`
  display: flex;
  justify-content: flex-end;
`;
