import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { es } from '../locales/es';
import {
  PelagoConnectProvider,
  type PelagoConnectProviderProps,
} from '../provider/PelagoConnectProvider';
import { AnnotatedScreenshot, type AnnotatedScreenshotProps } from './AnnotatedScreenshot';

const annotations = [
  {
    id: 'menu',
    x: 10,
    y: 20,
    box: { x: 2, y: 15, width: 20, height: 10 },
    label: 'Open the menu.',
  },
  { id: 'button', x: 80, y: 50, label: <strong>Press the button.</strong> },
];

function renderShot(
  props: Partial<AnnotatedScreenshotProps> = {},
  provider: Omit<PelagoConnectProviderProps, 'children'> = {},
) {
  const user = userEvent.setup();
  const view = render(
    <PelagoConnectProvider {...provider}>
      <AnnotatedScreenshot
        src="data:image/png;base64,AA=="
        alt="The API keys page"
        annotations={annotations}
        {...props}
      />
    </PelagoConnectProvider>,
  );
  return { user, ...view };
}

describe('AnnotatedScreenshot', () => {
  it('is a figure with the picture, hidden markers and the notes as an ordered list', () => {
    renderShot({ caption: 'API keys in test mode' });
    const figure = screen.getByRole('figure', { name: 'API keys in test mode' });
    expect(within(figure).getByRole('img', { name: 'The API keys page' })).toBeTruthy();
    const list = within(figure).getByRole('list');
    expect(list.tagName).toBe('OL');
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['1Open the menu.', '2Press the button.']);
    const overlay = figure.querySelector('[aria-hidden="true"] span');
    expect(overlay?.closest('[aria-hidden="true"]')).not.toBeNull();
  });

  it('places markers and boxes in percent so they scale with the picture', () => {
    const { container } = renderShot();
    const overlay = container.querySelector('[aria-hidden="true"]');
    const styles = [...(overlay?.children ?? [])].map((child) => (child as HTMLElement).style);
    expect(styles[0]).toMatchObject({ left: '2%', top: '15%', width: '20%', height: '10%' });
    expect(styles[1]).toMatchObject({ left: '10%', top: '20%' });
    expect(overlay?.children[1]?.textContent).toBe('1');
    expect(styles[2]).toMatchObject({ left: '80%', top: '50%' });
  });

  it('draws inline artwork as one labelled image', () => {
    renderShot({
      src: undefined,
      illustration: (
        <svg viewBox="0 0 10 10" aria-hidden="true">
          <text>Inside</text>
        </svg>
      ),
    });
    const image = screen.getByRole('img', { name: 'The API keys page' });
    expect(image.tagName).toBe('DIV');
    expect(image.querySelector('svg')).not.toBeNull();
  });

  it('keeps a focus region for narrow frames, as custom properties of the frame', () => {
    const { container } = renderShot({
      width: 640,
      height: 400,
      focus: { x: 25, y: 10, width: 50, height: 80 },
    });
    const frame = container.querySelector<HTMLElement>('[data-crop]');
    expect(frame).not.toBeNull();
    // The whole picture is drawn twice as wide and shifted so the region fills the frame.
    expect(frame?.style.getPropertyValue('--pelago-crop-width')).toBe('200%');
    expect(frame?.style.getPropertyValue('--pelago-crop-left')).toBe('-50%');
    expect(frame?.style.getPropertyValue('--pelago-crop-top')).toBe('-12.5%');
    expect(Number(frame?.style.getPropertyValue('--pelago-crop-aspect'))).toBeCloseTo(1);
  });

  it('does not crop without the picture’s size', () => {
    const { container } = renderShot({ focus: { x: 25, y: 10, width: 50, height: 80 } });
    expect(container.querySelector('[data-crop]')).toBeNull();
  });

  it('puts the zoom button under the picture, never over it', () => {
    const { container } = renderShot({ zoomable: true });
    const button = screen.getByRole('button', { name: 'Enlarge picture' });
    const canvas = container.querySelector('[data-picture-canvas]');
    expect(canvas?.parentElement?.contains(button)).toBe(false);
    expect(button.textContent).toBe('Enlarge picture');
  });

  it('has no zoom button unless zoomable', () => {
    renderShot();
    expect(screen.queryByRole('button')).toBeNull();
  });
});

describe('AnnotatedScreenshot zoom', () => {
  // jsdom has no showModal; stand in with the attribute, like a browser would set.
  beforeEach(() => {
    HTMLDialogElement.prototype.showModal = vi.fn(function (this: HTMLDialogElement) {
      this.setAttribute('open', '');
    });
  });
  afterEach(() => {
    delete (HTMLDialogElement.prototype as Partial<HTMLDialogElement>).showModal;
  });

  it('opens a labelled modal dialog and closes it with Escape, focus back on the button', async () => {
    const { user } = renderShot({ zoomable: true });
    const zoom = screen.getByRole('button', { name: 'Enlarge picture' });
    expect(zoom.getAttribute('aria-haspopup')).toBe('dialog');
    await user.click(zoom);
    const dialog = await screen.findByRole('dialog', {
      name: 'Enlarged picture: The API keys page',
    });
    expect(HTMLDialogElement.prototype.showModal).toHaveBeenCalled();
    expect(within(dialog).getByRole('img', { name: 'The API keys page' })).toBeTruthy();
    // The enlarged copy is never cropped and has a large least width.
    expect(dialog.querySelector('[data-enlarged]')).not.toBeNull();
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Close' }));

    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(zoom);
  });

  it('closes with its Close button', async () => {
    const { user } = renderShot({ zoomable: true }, { locale: 'es', messages: es });
    await user.click(screen.getByRole('button', { name: 'Ampliar imagen' }));
    await user.click(await screen.findByRole('button', { name: 'Cerrar' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Ampliar imagen' }));
  });

  it('still opens where showModal is missing', async () => {
    delete (HTMLDialogElement.prototype as Partial<HTMLDialogElement>).showModal;
    const { user } = renderShot({ zoomable: true });
    await user.click(screen.getByRole('button', { name: 'Enlarge picture' }));
    expect((await screen.findByRole('dialog')).hasAttribute('open')).toBe(true);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});
