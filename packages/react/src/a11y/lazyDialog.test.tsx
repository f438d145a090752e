import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StrictMode, useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { DialogLoader, type LazyDialog, lazyDialog } from './lazyDialog';

function Note({ text }: { text: string }) {
  return <p role="note">{text}</p>;
}

/** An opener and its lazily loaded dialog, as the kit's components use them. */
function Owner({
  dialog,
  onUnavailable,
}: {
  dialog: LazyDialog<{ text: string }>;
  onUnavailable: () => void;
}) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)} onFocus={dialog.preload}>
        Open
      </button>
      {open && (
        <DialogLoader
          dialog={dialog}
          onUnavailable={() => {
            setOpen(false);
            onUnavailable();
          }}
        >
          <dialog.Component text="Loaded on first use" />
        </DialogLoader>
      )}
    </>
  );
}

describe('lazyDialog', () => {
  it('loads the dialog only when it is wanted, then shows it', async () => {
    const load = vi.fn(async () => Note);
    const dialog = lazyDialog(load);
    render(
      <StrictMode>
        <Owner dialog={dialog} onUnavailable={() => {}} />
      </StrictMode>,
    );
    expect(load).not.toHaveBeenCalled();
    await userEvent.click(screen.getByRole('button', { name: 'Open' }));
    expect((await screen.findByRole('note')).textContent).toBe('Loaded on first use');
    expect(load).toHaveBeenCalled();
  });

  it('closes instead of breaking the page when its code cannot be loaded, and tries again', async () => {
    const load = vi
      .fn<() => Promise<typeof Note>>()
      // The early load on focus fails, and so does the one at the press.
      .mockRejectedValueOnce(new Error('Failed to fetch dynamically imported module'))
      .mockRejectedValueOnce(new Error('Failed to fetch dynamically imported module'))
      .mockResolvedValue(Note);
    const onUnavailable = vi.fn();
    const dialog = lazyDialog(load);
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => {});
    render(<Owner dialog={dialog} onUnavailable={onUnavailable} />);
    const open = screen.getByRole('button', { name: 'Open' });
    await userEvent.click(open);
    await vi.waitFor(() => expect(onUnavailable).toHaveBeenCalledTimes(1));
    expect(screen.queryByRole('note')).toBeNull();
    expect(open.isConnected).toBe(true);
    quiet.mockRestore();

    await act(async () => open.click());
    expect((await screen.findByRole('note')).textContent).toBe('Loaded on first use');
  });
});
