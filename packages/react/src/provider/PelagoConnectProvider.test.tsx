import { render, renderHook, screen } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createConnectClient } from '../client/createConnectClient';
import { KeySetupGuide } from '../guide/KeySetupGuide';
import { useKeySetup } from '../guide/useKeySetup';
import { AnnotatedScreenshot } from '../screenshot/AnnotatedScreenshot';
import { usePelagoConnect } from './PelagoConnectContext';
import { PelagoConnectProvider, type PelagoConnectProviderProps } from './PelagoConnectProvider';

// React logs the error a render throws; the assertions are about the error itself.
function silenceReactErrorLog() {
  vi.spyOn(console, 'error').mockImplementation(() => {});
}
afterEach(() => vi.restoreAllMocks());

describe('missing provider', () => {
  it('tells how to fix useKeySetup', () => {
    silenceReactErrorLog();
    expect(() => renderHook(() => useKeySetup())).toThrow(
      'useKeySetup must be used inside <PelagoConnectProvider>. Wrap your component: <PelagoConnectProvider endpoint="/api/pelago-connect"><YourComponent /></PelagoConnectProvider>',
    );
  });

  it('names the component in the example for KeySetupGuide and AnnotatedScreenshot', () => {
    silenceReactErrorLog();
    expect(() => render(<KeySetupGuide />)).toThrow(
      /^KeySetupGuide must be used inside <PelagoConnectProvider>\. Wrap your component: .*<KeySetupGuide \/>/,
    );
    expect(() => render(<AnnotatedScreenshot alt="x" src="x.png" annotations={[]} />)).toThrow(
      /^AnnotatedScreenshot must be used inside <PelagoConnectProvider>/,
    );
  });

  it('tells how to fix usePelagoConnect', () => {
    silenceReactErrorLog();
    expect(() => renderHook(() => usePelagoConnect())).toThrow(
      /^usePelagoConnect must be used inside <PelagoConnectProvider>/,
    );
  });
});

function contextWith(props: Omit<PelagoConnectProviderProps, 'children'>) {
  const wrapper = ({ children }: { children: ReactNode }) => (
    <PelagoConnectProvider {...props}>{children}</PelagoConnectProvider>
  );
  return renderHook(() => usePelagoConnect(), { wrapper }).result.current;
}

describe('usePelagoConnect', () => {
  it('makes a client for the endpoint, or uses the given client', async () => {
    const fetch = vi.fn(async (_url: string | URL | Request, _init?: RequestInit) =>
      Response.json({ status: { connected: false } }),
    );
    vi.stubGlobal('fetch', fetch);
    const fromEndpoint = contextWith({ endpoint: '/api/pelago/' });
    expect(fromEndpoint.endpoint).toBe('/api/pelago/');
    await expect(fromEndpoint.client?.getKey()).resolves.toEqual({
      status: { connected: false },
    });
    expect(fetch.mock.calls[0]?.[0]).toBe('/api/pelago/key');
    vi.unstubAllGlobals();

    const client = createConnectClient({ endpoint: '/from-client' });
    expect(contextWith({ client }).client).toBe(client);
    expect(contextWith({ endpoint: '/ignored', client }).client).toBe(client);
    expect(contextWith({}).client).toBeUndefined();
  });

  it('keeps the same client across renders for the same endpoint', () => {
    const wrapper = ({ children }: { children: ReactNode }) => (
      <PelagoConnectProvider endpoint="/api/pelago">{children}</PelagoConnectProvider>
    );
    const { result, rerender } = renderHook(() => usePelagoConnect().client, { wrapper });
    const first = result.current;
    rerender();
    expect(result.current).toBe(first);
  });

  it('resolves the locale to a catalogue and a lang', () => {
    expect(contextWith({}).messages.next).toBe('Next');
    expect(contextWith({ locale: 'fr-CA' }).messages.next).toBe('Suivant');
    expect(contextWith({ locale: 'fr-CA' }).lang).toBe('fr-CA');
    expect(contextWith({ locale: 'es' }).messages.next).toBe('Siguiente');
    const german = contextWith({ locale: 'de' });
    expect(german.messages.next).toBe('Next');
    expect(german.lang).toBe('en');
    expect(contextWith({ locale: 'de', messages: { next: 'Weiter' } }).lang).toBe('de');
  });

  it('lays message overrides over the chosen catalogue', () => {
    const context = contextWith({ locale: 'fr', messages: { next: 'Continuer' } });
    expect(context.messages.next).toBe('Continuer');
    expect(context.messages.back).toBe('Retour');
  });
});

describe('appearance', () => {
  function rootOf(props: Omit<PelagoConnectProviderProps, 'children'>) {
    render(
      <PelagoConnectProvider {...props}>
        <KeySetupGuide />
      </PelagoConnectProvider>,
    );
    const root = screen
      .getByRole('region', { name: /Create a Stripe key/i })
      .closest<HTMLElement>('[data-pelago-root]');
    if (!root) throw new Error('no kit root');
    return root;
  }

  it('sets the light theme variables on the kit’s own root by default', () => {
    const root = rootOf({});
    expect(root.getAttribute('data-theme')).toBe('light');
    expect(root.style.getPropertyValue('--pelago-color-background')).toBe('#ffffff');
    expect(root.style.getPropertyValue('--pelago-spacing-unit')).toBe('4px');
    expect(root.getAttribute('lang')).toBe('en');
    // Nothing is set on the host page.
    expect(document.documentElement.style.getPropertyValue('--pelago-color-primary')).toBe('');
  });

  it('switches to the dark theme and applies overrides', () => {
    const root = rootOf({
      appearance: { theme: 'dark', variables: { colorPrimary: '#ff00aa', borderRadius: '0px' } },
    });
    expect(root.getAttribute('data-theme')).toBe('dark');
    expect(root.style.getPropertyValue('--pelago-color-background')).toBe('#111827');
    expect(root.style.getPropertyValue('--pelago-color-primary')).toBe('#ff00aa');
    expect(root.style.getPropertyValue('--pelago-border-radius')).toBe('0px');
  });

  it('renders a single root for nested kit components', () => {
    rootOf({});
    expect(document.querySelectorAll('[data-pelago-root]')).toHaveLength(1);
  });
});
