import { AnnotatedScreenshot } from '@pelago/connect-react';
import { fr } from '@pelago/connect-react/locales/fr';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import apiKeysPage from './assets/api-keys-page.svg';
import { type KitParameters, withKit } from './support/withKit';

const meta = {
  title: 'Components/AnnotatedScreenshot',
  component: AnnotatedScreenshot,
  decorators: [withKit],
  tags: ['!autodocs'],
  args: {
    src: apiKeysPage,
    alt: 'The API keys page of a Dashboard, with a Create restricted key button',
    width: 640,
    height: 400,
    annotations: [
      {
        id: 'menu',
        x: 25,
        y: 51,
        box: { x: 2, y: 41, width: 21, height: 14 },
        label: 'Developers → API keys in the side menu.',
      },
      {
        id: 'create',
        x: 64,
        y: 57,
        box: { x: 65, y: 52, width: 32, height: 10 },
        label: 'Press Create restricted key.',
      },
    ],
  },
  argTypes: { illustration: { control: false }, annotations: { control: 'object' } },
} satisfies Meta<typeof AnnotatedScreenshot>;

export default meta;
type Story = StoryObj<typeof meta>;
const kit = (parameters: KitParameters) => ({ kit: parameters });

/** A screenshot (an image URL) with two numbered notes. */
export const Image: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const figure = canvas.getByRole('figure');
    await expect(within(figure).getAllByRole('listitem')).toHaveLength(2);
    await expect(canvas.getByRole('img')).toHaveAccessibleName(/API keys page/);
  },
};

/** With a caption under the picture and its notes. */
export const WithCaption: Story = {
  args: { caption: 'The API keys page, in test mode.' },
};

/** Inline SVG artwork instead of an image. */
export const Illustration: Story = {
  args: {
    src: undefined,
    width: undefined,
    height: undefined,
    alt: 'A sketch of a form with a name field',
    illustration: (
      <svg viewBox="0 0 320 160" aria-hidden="true">
        <rect width="320" height="160" fill="var(--pelago-color-surface)" />
        <rect
          x="24"
          y="60"
          width="200"
          height="32"
          rx="6"
          fill="var(--pelago-color-background)"
          stroke="var(--pelago-color-primary)"
        />
        <text x="34" y="81" fontSize="13" fill="var(--pelago-color-text)">
          Acme_Pelago
        </text>
      </svg>
    ),
    annotations: [
      {
        id: 'field',
        x: 75,
        y: 47,
        box: { x: 6, y: 35, width: 66, height: 24 },
        label: 'Type the key name.',
      },
    ],
  },
};

/** Zoomable: the enlarged picture opens in a modal dialog; Escape closes it. */
export const ZoomOpen: Story = {
  args: { zoomable: true },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const zoom = canvas.getByRole('button', { name: 'Enlarge picture' });
    await userEvent.click(zoom);
    const body = within(canvasElement.ownerDocument.body);
    const dialog = await body.findByRole('dialog', { name: /^Enlarged picture:/ });
    await expect(dialog).toBeVisible();
    await expect(within(dialog).getByRole('button', { name: 'Close' })).toHaveFocus();
    await userEvent.keyboard('{Escape}');
    await expect(body.queryByRole('dialog')).toBeNull();
    await expect(zoom).toHaveFocus();
    // Leave it open for people browsing the story.
    await userEvent.click(zoom);
  },
};

/** Without notes: just the picture. */
export const NoAnnotations: Story = { args: { annotations: [] } };

/** In 320 px the notes move below the picture. */
export const Narrow320: Story = {
  parameters: { ...kit({ width: 320 }), viewport: { defaultViewport: 'narrow' } },
  globals: { viewport: { value: 'narrow', isRotated: false } },
};

/** On a right-to-left page the picture and its markers keep their places. */
export const RightToLeft: Story = { parameters: kit({ dir: 'rtl' }) };

/** The dark theme, on a dark host page. */
export const DarkTheme: Story = {
  args: { zoomable: true },
  parameters: kit({ provider: { appearance: { theme: 'dark' } }, background: '#111827' }),
};

/** French labels on the zoom button and dialog. */
export const French: Story = {
  args: { zoomable: true },
  parameters: kit({ provider: { locale: 'fr', messages: fr } }),
  play: async ({ canvasElement }) => {
    await expect(
      within(canvasElement).getByRole('button', { name: 'Agrandir l’image' }),
    ).toBeVisible();
  },
};

/**
 * `focus` keeps the annotated part of a picture on narrow screens: below 480 px the frame shows
 * only that region, enlarged, and the markers move with it. Give `width` and `height` too.
 */
export const FocusOnNarrowScreens: Story = {
  args: {
    zoomable: true,
    focus: { x: 40, y: 35, width: 60, height: 40 },
    annotations: [
      {
        id: 'create',
        x: 64,
        y: 57,
        box: { x: 65, y: 52, width: 32, height: 10 },
        label: 'Press Create restricted key.',
      },
    ],
  },
  parameters: kit({ width: 320 }),
  play: async ({ canvasElement }) => {
    const frame = canvasElement.querySelector<HTMLElement>('[data-crop]');
    const picture = frame?.querySelector('img');
    if (!frame || !picture) throw new Error('no cropped picture');
    // The picture is drawn wider than its frame: only the region is in view.
    await expect(picture.getBoundingClientRect().width).toBeGreaterThan(
      frame.getBoundingClientRect().width * 1.5,
    );
  },
};
