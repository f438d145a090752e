import { render, renderHook, screen } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createConnectClient } from '../client/createConnectClient';
import { KeySetupGuide } from '../guide/KeySetupGuide';
import { useKeySetup } from '../guide/useKeySetup';
import { es } from '../locales/es';
import { fr } from '../locales/fr';
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
      'useKeySetup must be used inside <PelagoConnectProvider>. Wrap your component: <PelagoConnectProvider endpoint="/api/pelago"><YourComponent /></PelagoConnectProvider>',
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

  it('is English until given the messages for its locale', () => {
    expect(contextWith({}).messages.next).toBe('Next');
    const french = contextWith({ locale: 'fr-CA', messages: fr });
    expect(french.messages.next).toBe('Suivant');
    expect(french.lang).toBe('fr-CA');
    expect(contextWith({ locale: 'es', messages: es }).messages.next).toBe('Siguiente');
    expect(contextWith({ locale: 'en-GB' }).lang).toBe('en-GB');
    const german = contextWith({ locale: 'de' });
    expect(german.messages.next).toBe('Next');
    expect(german.lang).toBe('en');
    expect(contextWith({ locale: 'de', messages: { next: 'Weiter' } }).lang).toBe('de');
  });

  it('lays the host’s overrides over a catalogue, and over English', () => {
    const context = contextWith({ locale: 'fr', messages: { ...fr, next: 'Continuer' } });
    expect(context.messages.next).toBe('Continuer');
    expect(context.messages.back).toBe('Retour');
    expect(contextWith({ messages: { next: 'Continue' } }).messages.back).toBe('Back');
  });
});

describe('a translated locale without its catalogue', () => {
  function renderFrench(props: Omit<PelagoConnectProviderProps, 'children'>) {
    return render(
      <PelagoConnectProvider {...props}>
        <KeySetupGuide />
      </PelagoConnectProvider>,
    );
  }

  it('shows English and, in development only, warns once with the import to add', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    vi.stubEnv('NODE_ENV', 'production');
    renderFrench({ locale: 'fr' }).unmount();
    expect(warn).not.toHaveBeenCalled();
    vi.unstubAllEnvs();

    const { rerender } = renderFrench({ locale: 'fr' });
    expect(screen.getByRole('heading', { name: 'Open your API keys' })).toBeTruthy();
    expect(document.querySelector('[data-pelago-root]')?.getAttribute('lang')).toBe('en');
    rerender(
      <PelagoConnectProvider locale="es-MX" messages={{ next: 'Seguir' }}>
        <KeySetupGuide />
      </PelagoConnectProvider>,
    );
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]?.[0]).toContain(
      "import { fr } from '@pelago/connect-react/locales/fr'",
    );
    expect(warn.mock.calls[0]?.[0]).toContain('messages={fr}');
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
