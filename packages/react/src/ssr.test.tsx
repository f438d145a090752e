// @vitest-environment node
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { failOnConsoleOutput } from '../test-support/failOnConsoleOutput';
import { KeySetupGuide } from './guide/KeySetupGuide';
import { fr } from './locales/fr';
import { PelagoConnectProvider } from './provider/PelagoConnectProvider';
import { AnnotatedScreenshot } from './screenshot/AnnotatedScreenshot';

failOnConsoleOutput();

describe('server rendering', () => {
  it('has no window, document or storage here', () => {
    expect(typeof window).toBe('undefined');
    expect(typeof sessionStorage).toBe('undefined');
  });

  it('renders the guide with its first step, links and a blank picture frame', () => {
    const html = renderToString(
      <PelagoConnectProvider locale="fr" messages={fr} appearance={{ theme: 'dark' }}>
        <KeySetupGuide mode="live" persistStep companyName="Acme Manufacturing Company" />
      </PelagoConnectProvider>,
    );
    expect(html).toContain('data-theme="dark"');
    expect(html).toContain('lang="fr"');
    expect(html).toContain('Ouvrir vos clés API');
    expect(html).toContain('aria-current="step"');
    expect(html).toContain('href="https://dashboard.stripe.com/apikeys"');
    expect(html).toContain('target="_blank"');
    expect(html).toContain('viewBox="0 0 640 400"');
    expect(html).toContain('data-placeholder=""');
    // The step's own text says what to do; the picture's notes come with the picture, and
    // their column is kept so the frame has the size it will keep.
    expect(html).toContain('ouvrez Développeurs, vers le bas');
    expect(html).toContain('data-has-notes=""');
    expect(html).not.toContain('Ouvrez Développeurs, vers le bas du menu.');
  });

  it('renders a middle step with the suggested name', () => {
    const html = renderToString(
      <PelagoConnectProvider>
        <KeySetupGuide defaultStep={3} companyName="Acme Manufacturing Company" />
      </PelagoConnectProvider>,
    );
    expect(html).toContain('Name your key');
    expect(html).toContain('Acme_Pelago');
    expect(html).toContain('Copy name');
  });

  it('renders an annotated screenshot', () => {
    const html = renderToString(
      <PelagoConnectProvider>
        <AnnotatedScreenshot
          src="/shot.png"
          alt="The API keys page"
          caption="Where to click"
          zoomable
          annotations={[{ id: 'a', x: 10, y: 10, label: 'Click here.' }]}
        />
      </PelagoConnectProvider>,
    );
    expect(html).toMatch(/<figure[^>]*>/);
    expect(html).toContain('alt="The API keys page"');
    expect(html).toContain('Click here.');
    expect(html).toContain('<figcaption');
    expect(html).not.toContain('<dialog');
  });
});
