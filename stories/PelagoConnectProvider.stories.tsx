import {
  AnnotatedScreenshot,
  type Appearance,
  PelagoConnectProvider,
  useKeySetup,
} from '@pelago/connect-react';
import { es } from '@pelago/connect-react/locales/es';
import { fr } from '@pelago/connect-react/locales/fr';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';

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
    await expect(canvas.getByText('Saisissez ici le nom de la clé.')).toBeVisible();
    await expect(canvas.getByText('Escribe aquí el nombre de la clave.')).toBeVisible();
    await expect(canvas.getByText('Your message replaces ours.')).toBeVisible();
  },
};

/**
 * A host page with loud global CSS: inherited text styles on its container and element rules
 * for lists, buttons and images. Inside the kit's root they are reset.
 */
export const HostStylesDoNotLeak: Story = {
  render: () => (
    <div
      style={{
        lineHeight: 3,
        letterSpacing: '0.2em',
        textTransform: 'uppercase',
        fontStyle: 'italic',
        textAlign: 'center',
      }}
    >
      <style>{`
        *, *::before, *::after { box-sizing: content-box; }
        ol { list-style: square; margin: 40px; padding-left: 80px; }
        button { background: hotpink; border: 6px dotted black; padding: 30px; }
        img, svg { border: 10px solid red; display: inline; }
      `}</style>
      <PelagoConnectProvider>
        <AnnotatedScreenshot
          src={`data:image/svg+xml,${encodeURIComponent(
            '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 320 120"><rect width="320" height="120" fill="#eef1f6"/><rect x="200" y="70" width="100" height="30" rx="6" fill="#0f766e"/></svg>',
          )}`}
          alt="A form with a Create key button"
          zoomable
          annotations={[{ id: 'create', x: 58, y: 71, label: 'Press Create key.' }]}
        />
      </PelagoConnectProvider>
    </div>
  ),
  play: async ({ canvasElement }) => {
    const root = canvasElement.querySelector<HTMLElement>('[data-pelago-root]');
    const list = root?.querySelector('ol');
    const button = root?.querySelector('button');
    const image = root?.querySelector('img');
    if (!root || !list || !button || !image) throw new Error('kit markup missing');
    await expect(getComputedStyle(root).textTransform).toBe('none');
    await expect(getComputedStyle(root).letterSpacing).toBe('normal');
    await expect(getComputedStyle(root).fontStyle).toBe('normal');
    await expect(getComputedStyle(list).listStyleType).toBe('none');
    await expect(getComputedStyle(list).paddingLeft).toBe('0px');
    await expect(getComputedStyle(button).boxSizing).toBe('border-box');
    await expect(getComputedStyle(button).borderTopStyle).toBe('solid');
    await expect(getComputedStyle(image).borderTopWidth).toBe('0px');
  },
};
