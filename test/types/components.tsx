// Every public component, with the props the docs show, type-checked under React 18's and
// React 19's types (see react18/ and react19/). Nothing here runs.
import type { KeyStatus } from '@pelago/connect-core';
import {
  AnnotatedScreenshot,
  type Appearance,
  ConnectionStatus,
  ConnectOnboarding,
  createConnectClient,
  en,
  KeyEntryForm,
  KeySetupGuide,
  type KeySetupIllustrations,
  LiveRegion,
  type Messages,
  PelagoConnectProvider,
  PermissionList,
  SecretKeyInput,
  StepIllustration,
  VisuallyHidden,
} from '@pelago/connect-react';
import { es } from '@pelago/connect-react/locales/es';
import { fr } from '@pelago/connect-react/locales/fr';
import { type ReactElement, StrictMode, useRef } from 'react';

const appearance: Appearance = {
  theme: 'dark',
  variables: { colorPrimary: '#8ab4ff', borderRadius: '4px' },
};
const client = createConnectClient({
  endpoint: 'https://partner.example/api/pelago',
  credentials: 'include',
  headers: () => ({ 'X-CSRF-Token': 'token' }),
});
const de: Messages = { ...en, next: 'Weiter', back: 'Zurück' };

const illustrations: KeySetupIllustrations = {
  'create-key': {
    src: '/help/stripe-create-key.png',
    alt: 'The restricted key form',
    width: 1280,
    height: 800,
    annotations: [{ id: 'create', x: 88, y: 92, label: <strong>Create key</strong> }],
  },
  'reveal-key': null,
};

export function Onboarding({ onConnected }: { onConnected: (status: KeyStatus) => void }) {
  return (
    <StrictMode>
      <PelagoConnectProvider endpoint="/api/pelago" appearance={appearance}>
        <ConnectOnboarding
          mode="live"
          companyName="Acme Manufacturing Company"
          persistStep
          headingLevel={2}
          illustrations={illustrations}
          onConnected={onConnected}
          onError={(error) => error.code}
          onExit={() => {}}
        />
      </PelagoConnectProvider>
    </StrictMode>
  );
}

export function Translated(): ReactElement {
  return (
    <>
      <PelagoConnectProvider client={client} locale="fr" messages={fr}>
        <KeySetupGuide companyName="Boulangerie Dupont SARL" />
      </PelagoConnectProvider>
      <PelagoConnectProvider
        endpoint="/api/pelago"
        locale="es-MX"
        messages={{ ...es, next: 'Seguir' }}
      >
        <KeySetupGuide />
      </PelagoConnectProvider>
      <PelagoConnectProvider locale="de" messages={de}>
        <KeySetupGuide />
      </PelagoConnectProvider>
    </>
  );
}

export function Pieces({ status }: { status: KeyStatus }) {
  return (
    <PelagoConnectProvider endpoint="/api/pelago">
      <KeySetupGuide
        mode="live"
        companyName="Acme"
        defaultStep={0}
        onComplete={() => {}}
        renderHandOver={(context) => <KeyEntryForm companyName={context.companyName} />}
        steps={(defaults) => defaults.slice(0, 3)}
      />
      <KeyEntryForm
        mode="live"
        autoFocus
        headingLevel={3}
        onVerified={(verified) => verified.connected}
        onError={(error) => error.message}
      />
      <ConnectionStatus
        status={status}
        onReplace={() => {}}
        onDisconnected={() => {}}
        onVerified={(verified) => verified.redactedKey}
      />
      <ConnectionStatus />
      <PermissionList permissions={{ charges: 'write', refunds: 'missing' }} label="Permissions" />
      <AnnotatedScreenshot
        src="/help/keys.png"
        alt="The API keys page"
        annotations={[{ id: 'a', x: 10, y: 20, label: 'Press Create restricted key.' }]}
        zoomable
      />
      <StepIllustration id="create-key" keyName="Acme_Pelago" mode="test" />
    </PelagoConnectProvider>
  );
}

export function Primitives() {
  const ref = useRef<HTMLInputElement>(null);
  return (
    <>
      <LiveRegion message="Step 3 of 7" politeness="polite" />
      <VisuallyHidden>opens in a new tab</VisuallyHidden>
      <SecretKeyInput
        id="key"
        showLabel="Show"
        hideLabel="Hide"
        inputRef={ref}
        autoComplete="off"
      />
    </>
  );
}

export function WrongProps() {
  return (
    <PelagoConnectProvider endpoint="/api/pelago">
      {/* @ts-expect-error the mode is 'test' or 'live' */}
      <ConnectOnboarding mode="production" />
      {/* @ts-expect-error onConnected gets a status, not a string */}
      <ConnectOnboarding onConnected={(status: string) => status} />
      {/* @ts-expect-error the theme is 'light' or 'dark' */}
      <PelagoConnectProvider appearance={{ theme: 'blue' }} />
      {/* @ts-expect-error annotations are required */}
      <AnnotatedScreenshot src="/x.png" alt="x" />
    </PelagoConnectProvider>
  );
}
