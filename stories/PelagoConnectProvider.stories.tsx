import type { KeyStatus } from '@pelago/connect-core';
import {
  AnnotatedScreenshot,
  type Appearance,
  ConnectionStatus,
  KeyEntryForm,
  KeySetupGuide,
  PelagoConnectProvider,
  useKeySetup,
} from '@pelago/connect-react';
import { es } from '@pelago/connect-react/locales/es';
import { fr } from '@pelago/connect-react/locales/fr';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { createFakeConnectClient } from './support/fakeConnectClient';

const meta = {
  title: 'Foundation/PelagoConnectProvider',
  component: PelagoConnectProvider,
  tags: ['!autodocs'],
} satisfies Meta<typeof PelagoConnectProvider>;

export default meta;
type Story = StoryObj<typeof meta>;

/** One step picture of the guide, drawn with the headless hook. */
function StepPicture({ stepId }: { stepId: string }) {
  const setup = useKeySetup({ companyName: 'Acme' });
  const picture = setup.steps.find((step) => step.id === stepId)?.illustration;
  if (!picture) return null;
  return <AnnotatedScreenshot {...picture} annotations={picture.annotations ?? []} />;
}

const themes: { name: string; appearance: Appearance; page: string }[] = [
  { name: 'Light (default)', appearance: {}, page: '#ffffff' },
  { name: 'Dark', appearance: { theme: 'dark' }, page: '#111827' },
  {
    name: 'Custom brand',
    appearance: {
      variables: {
        colorPrimary: '#0f5c55',
        colorFocus: '#0f5c55',
        colorSurface: '#f1f7f5',
        borderRadius: '2px',
        fontFamily: 'Georgia, serif',
        fontSizeBase: '17px',
      },
    },
    page: '#ffffff',
  },
];

/**
 * The same component in the light theme, the dark theme and a custom brand. The variables end
 * up as `--pelago-*` custom properties on the kit's own root element, never on the host page.
 */
export const ThemingShowcase: Story = {
  render: () => (
    <div style={{ display: 'grid', gap: 24 }}>
      {themes.map(({ name, appearance, page }) => (
        <section key={name} aria-label={name} style={{ background: page, padding: 16 }}>
          <PelagoConnectProvider appearance={appearance}>
            <StepPicture stepId="set-permissions" />
          </PelagoConnectProvider>
        </section>
      ))}
    </div>
  ),
  play: async ({ canvasElement }) => {
    const roots = canvasElement.querySelectorAll<HTMLElement>('[data-pelago-root]');
    await expect(roots).toHaveLength(3);
    await expect(roots[1]).toHaveAttribute('data-theme', 'dark');
    await expect(roots[2]?.style.getPropertyValue('--pelago-color-primary')).toBe('#0f5c55');
    await expect(document.documentElement.style.getPropertyValue('--pelago-color-primary')).toBe(
      '',
    );
  },
};

/** Messages in French, Spanish, or overridden one by one. */
export const Languages: Story = {
  render: () => (
    <div style={{ display: 'grid', gap: 24 }}>
      {Object.entries({ fr, es }).map(([locale, catalogue]) => (
        <section key={locale} aria-label={locale}>
          <PelagoConnectProvider locale={locale} messages={catalogue}>
            <StepPicture stepId="name-key" />
          </PelagoConnectProvider>
        </section>
      ))}
      <section aria-label="override">
        <PelagoConnectProvider messages={{ noteTypeName: 'Your message replaces ours.' }}>
          <StepPicture stepId="name-key" />
        </PelagoConnectProvider>
      </section>
    </div>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    // The notes arrive with the picture.
    await expect(await canvas.findByText('Saisissez ici le nom de la clé.')).toBeVisible();
    await expect(await canvas.findByText('Escribe aquí el nombre de la clave.')).toBeVisible();
    await expect(await canvas.findByText('Your message replaces ours.')).toBeVisible();
  },
};

/**
 * What a partner's stylesheet may throw at the kit: rules on element names for everything the
 * kit renders (header, nav, lists, headings, paragraphs, buttons, inputs, links, images), a
 * navy page header with white text, text-transform, letter-spacing, line-height, a 10px root
 * font size and `* { box-sizing: content-box }`.
 */
const hostileStyles = `
  html { font-size: 10px; }
  *, *::before, *::after { box-sizing: content-box; letter-spacing: 0.12em; }
  body, div { line-height: 3; text-transform: uppercase; font-style: italic; text-align: center; }
  header { background: navy; color: #fff; padding: 24px; border-bottom: 6px solid gold; }
  nav { background: #222; color: #eee; float: right; width: 40%; }
  section, footer, figure { margin: 40px; padding: 30px; border: 3px dashed magenta; background: #fffbe6; }
  h1, h2, h3, h4, h5, h6 { font-size: 48px; color: crimson; text-transform: uppercase; margin: 30px 0; }
  p { font-size: 9px; color: #999; margin: 20px 0; word-spacing: 12px; }
  ol, ul { list-style: square; margin: 40px; padding-left: 80px; }
  li { list-style: decimal; color: green; padding: 10px; }
  li::before { content: '→ '; }
  button { background: hotpink; color: #fff; border: 6px dotted black; padding: 30px; text-transform: uppercase; border-radius: 0; }
  input { background: #000; color: #0f0; border: 4px solid red; font-size: 8px; height: 10px; }
  a { color: yellow; text-decoration: none; font-weight: 900; }
  label { display: none; }
  img, svg { border: 10px solid red; display: inline; }
  span { font-size: 30px; }
  code { background: black; color: black; }
`;

const hostileClient = createFakeConnectClient({});

/** Guide, key-entry form and status on a page whose stylesheet styles every element name. */
function HostilePage() {
  return (
    <div data-host-page="">
      <style>{hostileStyles}</style>
      <header>
        <p>Partner site header</p>
      </header>
      <PelagoConnectProvider client={hostileClient}>
        <div style={{ display: 'grid', gap: 24 }}>
          <KeySetupGuide companyName="Acme Manufacturing Company" onExit={() => {}} />
          <KeyEntryForm mode="test" />
          <ConnectionStatus status={connectedStatus} />
        </div>
      </PelagoConnectProvider>
    </div>
  );
}

const connectedStatus: KeyStatus = {
  connected: true,
  mode: 'test',
  name: 'Acme_Pelago',
  redactedKey: 'rk_test_…a1B2',
  verifiedAt: new Date(Date.now() - 3 * 3600_000).toISOString(),
  permissions: { charges: 'write', refunds: 'write' },
};

/**
 * A hostile host page. Inside the kit every element is back to the browser's own styles, then
 * the kit's: the guide's header keeps the kit's colours (not the page's navy), lists have no
 * bullets, buttons and inputs look like the kit's, text is neither uppercase nor spaced out,
 * and the 10px root does not shrink the kit's text. axe checks colour contrast here too.
 */
export const HostileHostPage: Story = {
  render: () => <HostilePage />,
  play: async ({ canvasElement }) => {
    const page = canvasElement.querySelector<HTMLElement>('[data-host-page]');
    const roots = [...(page?.querySelectorAll<HTMLElement>('[data-pelago-root]') ?? [])];
    await expect(roots).toHaveLength(3);
    const [guide, form, status] = roots as [HTMLElement, HTMLElement, HTMLElement];
    const style = (element: Element | null | undefined) => {
      if (!element) throw new Error('kit markup missing');
      return getComputedStyle(element);
    };
    // The host's own header did get its rule: the stylesheet is live.
    await expect(style(page?.querySelector(':scope > header')).backgroundColor).toBe(
      'rgb(0, 0, 128)',
    );

    for (const root of roots) {
      await expect(style(root).textTransform).toBe('none');
      await expect(style(root).fontStyle).toBe('normal');
      await expect(Number.parseFloat(style(root).fontSize)).toBeGreaterThanOrEqual(16);
      for (const element of root.querySelectorAll(':not(svg, svg *)')) {
        const computed = getComputedStyle(element);
        await expect(computed.boxSizing, element.tagName).toBe('border-box');
        await expect(computed.textTransform, element.tagName).toBe('none');
        await expect(computed.letterSpacing, element.tagName).toBe('normal');
        await expect(computed.wordSpacing, element.tagName).toBe('0px');
        await expect(computed.fontStyle, element.tagName).toBe('normal');
      }
      // Text lines at the kit's line height, not the host's triple spacing.
      const lineHeight = Number.parseFloat(style(root).lineHeight);
      await expect(lineHeight / Number.parseFloat(style(root).fontSize)).toBeCloseTo(1.5, 1);
    }

    const header = guide.querySelector('header');
    await expect(style(header).backgroundColor).toBe('rgba(0, 0, 0, 0)');
    await expect(style(header).paddingTop).toBe('0px');
    await expect(style(header).borderBottomStyle).toBe('none');
    await expect(style(guide.querySelector('h2')).color).toBe(style(guide).color);
    await expect(style(guide.querySelector('h2')).textTransform).toBe('none');
    await expect(Number.parseFloat(style(guide.querySelector('h2')).fontSize)).toBeLessThan(30);
    const intro = guide.querySelector('header p');
    await expect(Number.parseFloat(style(intro).fontSize)).toBeGreaterThanOrEqual(16);
    await expect(style(intro).marginTop).toBe('0px');

    for (const list of guide.querySelectorAll('ol, ul')) {
      await expect(style(list).listStyleType).toBe('none');
      await expect(style(list).paddingLeft).toBe('0px');
    }
    for (const item of guide.querySelectorAll('li')) {
      await expect(style(item).listStyleType).toBe('none');
      await expect(getComputedStyle(item, '::before').content).toBe('none');
    }
    const nav = guide.querySelector('nav');
    if (nav) await expect(style(nav).float).toBe('none');

    const next = within(guide).getByRole('button', { name: 'Next' });
    await expect(style(next).borderTopStyle).toBe('solid');
    await expect(style(next).borderTopWidth).toBe('1px');
    await expect(style(next).backgroundColor).not.toBe('rgb(255, 105, 180)');
    // The Dashboard link is drawn as an outlined button in the kit's colours.
    const link = guide.querySelector('a');
    await expect(style(link).color).not.toBe('rgb(255, 255, 0)');
    await expect(style(link).borderTopStyle).toBe('solid');
    await expect(style(link).fontWeight).toBe('600');

    const field = within(form).getByLabelText('Restricted key');
    await expect(style(field).backgroundColor).not.toBe('rgb(0, 0, 0)');
    await expect(Number.parseFloat(style(field).fontSize)).toBeGreaterThanOrEqual(16);
    await expect(style(form.querySelector('label')).display).not.toBe('none');

    await expect(within(status).getByRole('button', { name: 'Verify again' })).toBeVisible();
    for (const image of guide.querySelectorAll('svg')) {
      await expect(style(image).borderTopWidth).toBe('0px');
    }
  },
};
