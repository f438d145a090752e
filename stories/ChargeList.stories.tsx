import { es, esRefunds } from '@pelago/connect-react/locales/es';
import { fr, frRefunds } from '@pelago/connect-react/locales/fr';
import { ChargeList, RefundPanel } from '@pelago/connect-react/refunds';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { sampleChargeIds, sampleCharges } from './support/fakeRefundsServer';
import {
  fakeClientLoader,
  fakeClientOf,
  refundsServer,
  withFakeClient,
} from './support/withFakeClient';
import { tabTo } from './support/withKit';

const meta = {
  title: 'Refunds/ChargeList',
  component: ChargeList,
  decorators: [withFakeClient],
  loaders: [fakeClientLoader],
  tags: ['!autodocs'],
  parameters: refundsServer({}),
  args: { onSelectCharge: fn(), searchDelay: 100 },
  argTypes: {
    pageSize: { control: { type: 'number', min: 1, max: 100 } },
    selectedChargeId: { control: 'select', options: Object.values(sampleChargeIds) },
  },
} satisfies Meta<typeof ChargeList>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The body rows of the table, once it has loaded. */
async function rows(canvasElement: HTMLElement): Promise<HTMLElement[]> {
  const table = await within(canvasElement).findByRole('table', {}, { timeout: 3000 });
  return within(table).getAllByRole('row').slice(1);
}

/** An element's text as a screen reader gets it: without what is hidden from it (icons). */
function spoken(element: Element): string {
  const copy = element.cloneNode(true) as Element;
  for (const hidden of copy.querySelectorAll('[aria-hidden="true"]')) hidden.remove();
  return copy.textContent?.trim() ?? '';
}

/** The text of each cell of a row. */
const cells = (row: HTMLElement) => within(row).getAllByRole('cell').map(spoken);

/** Every state a payment can be in: refunded in part or in full, disputed, uncaptured, other currencies. */
export const Charges: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const body = await rows(canvasElement);
    await expect(body).toHaveLength(9);
    const headers = canvas.getAllByRole('columnheader').map((th) => th.textContent);
    await expect(headers).toEqual([
      'Description',
      'Date',
      'Customer',
      'Amount',
      'Refunded',
      'Status',
    ]);
    await expect(cells(body[0] as HTMLElement)).toEqual([
      'Autumn Summit: 1 ticket',
      expect.stringContaining('2026'),
      'jane.doe@example.com',
      '$50.00',
      '—',
      'Succeeded',
    ]);
    const status = (row: number) => cells(body[row] as HTMLElement)[5];
    await expect(status(1)).toBe('Partially refunded');
    await expect(cells(body[1] as HTMLElement)[4]).toBe('$30.00');
    await expect(status(4)).toBe('Disputed');
    await expect(status(5)).toBe('Refunded');
    await expect(status(6)).toBe('Uncaptured');
    await expect(cells(body[7] as HTMLElement)[3]).toBe('€89.90');
    await expect(cells(body[8] as HTMLElement)[3]).toBe('¥5,000');
  },
};

/** While the first page loads. */
export const Loading: Story = {
  parameters: refundsServer({ hang: ['listCharges'] }),
  play: async ({ canvasElement }) => {
    const loading = within(canvasElement).getByText('Loading payments…');
    await expect(loading.closest('[aria-busy="true"]')).not.toBeNull();
  },
};

/** A merchant with no payments yet. */
export const Empty: Story = {
  parameters: refundsServer({ charges: [] }),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByText('No payments yet')).toBeVisible();
    await expect(canvas.queryByRole('table')).toBeNull();
  },
};

/** The server could not be reached: an alert and "Try again". */
export const LoadFailed: Story = {
  parameters: refundsServer({ fail: { listCharges: 'network_error' } }),
  play: async (context) => {
    const canvas = within(context.canvasElement);
    await expect(await canvas.findByRole('alert')).toHaveTextContent(
      'The server could not be reached.',
    );
    await userEvent.click(canvas.getByRole('button', { name: 'Try again' }));
    await waitFor(() =>
      expect(
        fakeClientOf(context).chargeRequests.filter((r) => r.method === 'listCharges'),
      ).toHaveLength(2),
    );
  },
};

/** Stripe refuses the key: the list says what to do. */
export const KeyNoLongerWorks: Story = {
  parameters: refundsServer({ fail: { listCharges: 'key_expired' } }),
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByRole('alert')).toHaveTextContent(
      'no longer works',
    );
  },
};

/** Found by its order reference, with Enter. */
export const SearchByOrderReference: Story = {
  play: async (context) => {
    const canvas = within(context.canvasElement);
    await rows(context.canvasElement);
    await userEvent.type(
      canvas.getByRole('searchbox', { name: 'Find a payment' }),
      'A-1002{Enter}',
    );
    await waitFor(async () => expect(await rows(context.canvasElement)).toHaveLength(1));
    await expect(canvas.getByRole('button', { name: 'Autumn Summit: 3 tickets' })).toBeVisible();
    await expect(
      fakeClientOf(context).chargeRequests.some((r) => r.query?.query === 'A-1002'),
    ).toBe(true);
    await expect(canvas.getByRole('status')).toHaveTextContent(/shown, page 1/);
  },
};

/** Found by its charge id. */
export const SearchByChargeId: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await rows(canvasElement);
    await userEvent.type(canvas.getByRole('searchbox'), `${sampleChargeIds.disputed}{Enter}`);
    await waitFor(async () => expect(await rows(canvasElement)).toHaveLength(1));
    await expect(canvas.getByRole('button', { name: 'Gala dinner: 1 seat' })).toBeVisible();
  },
};

/** A search that finds nothing says so, and how to search. */
export const NoMatch: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await rows(canvasElement);
    await userEvent.type(canvas.getByRole('searchbox'), 'Z-9999{Enter}');
    const visible = await canvas.findByText('No payment matches “Z-9999”', { selector: 'strong' });
    await expect(visible).toBeVisible();
    // Said to screen readers too, once.
    await expect(canvas.getByRole('status')).toHaveTextContent('No payment matches “Z-9999”');
    await expect(canvas.getByText(/Check the charge ID or order reference/)).toBeVisible();
  },
};

/** Three a page: next and previous pages. */
export const Paging: Story = {
  args: { pageSize: 3 },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await rows(canvasElement)).toHaveLength(3);
    const previous = canvas.getByRole('button', { name: 'Previous page' });
    await expect(previous).toHaveAttribute('aria-disabled', 'true');
    await userEvent.click(canvas.getByRole('button', { name: 'Next page' }));
    await expect(
      await canvas.findByRole('button', { name: 'Workshop: Pottery evening' }),
    ).toBeVisible();
    await expect(canvas.getByText('Page 2')).toBeVisible();
    await userEvent.click(previous);
    await expect(
      await canvas.findByRole('button', { name: 'Autumn Summit: 3 tickets' }),
    ).toBeVisible();
  },
};

/** Every row opens with the keyboard: Tab to its button, Enter. */
export const KeyboardSelect: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await rows(canvasElement);
    const row = canvas.getByRole('button', { name: 'Gala dinner: 1 seat' });
    await tabTo(row, userEvent);
    await userEvent.keyboard('{Enter}');
    await expect(args.onSelectCharge).toHaveBeenCalledWith(
      expect.objectContaining({ id: sampleChargeIds.disputed }),
    );
  },
};

/** The charge shown in the panel beside the list is marked as current. */
export const Selected: Story = {
  args: { selectedChargeId: sampleChargeIds.partial },
  play: async ({ canvasElement }) => {
    await rows(canvasElement);
    const current = within(canvasElement).getByRole('button', { name: 'Autumn Summit: 3 tickets' });
    await expect(current).toHaveAttribute('aria-current', 'true');
  },
};

/** The dark theme. */
export const DarkTheme: Story = {
  args: { selectedChargeId: sampleChargeIds.partial },
  parameters: refundsServer(
    {},
    { kit: { provider: { appearance: { theme: 'dark' } }, background: '#0b0f17' } },
  ),
  play: async ({ canvasElement }) => {
    await rows(canvasElement);
  },
};

/** In French: headings, statuses, amounts and dates. */
export const French: Story = {
  parameters: refundsServer(
    {},
    { kit: { provider: { locale: 'fr', messages: { ...fr, ...frRefunds } } } },
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const body = await rows(canvasElement);
    await expect(
      canvas.getByRole('searchbox', { name: frRefunds.chargeSearchLabel }),
    ).toBeVisible();
    await expect(cells(body[0] as HTMLElement)[3]).toMatch(/^50,00\s\$/);
    await expect(cells(body[1] as HTMLElement)[5]).toBe(frRefunds.chargePartiallyRefunded);
  },
};

/** In Spanish. */
export const Spanish: Story = {
  parameters: refundsServer(
    {},
    { kit: { provider: { locale: 'es', messages: { ...es, ...esRefunds } } } },
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await rows(canvasElement);
    await expect(canvas.getByRole('columnheader', { name: esRefunds.columnAmount })).toBeVisible();
  },
};

/** A 320 px wide phone: the table scrolls sideways inside its own region, the page does not. */
export const Narrow: Story = {
  parameters: {
    ...refundsServer({}, { kit: { width: 320 } }),
    viewport: { defaultViewport: 'narrow' },
  },
  globals: { viewport: { value: 'narrow', isRotated: false } },
  play: async ({ canvasElement }) => {
    await rows(canvasElement);
    const root = canvasElement.querySelector<HTMLElement>('[data-pelago-root]');
    await expect(root?.scrollWidth).toBeLessThanOrEqual((root?.clientWidth ?? 0) + 1);
    const scroller = within(canvasElement).getByRole('region', { name: /Payments/ });
    await expect(scroller.scrollWidth).toBeGreaterThan(scroller.clientWidth);
    await expect(scroller).toHaveAttribute('tabindex', '0');
  },
};

/** A right-to-left host page: columns run from the right, amounts keep their own direction. */
export const RightToLeft: Story = {
  args: { selectedChargeId: sampleChargeIds.order },
  parameters: refundsServer({}, { kit: { dir: 'rtl' } }),
  play: async ({ canvasElement }) => {
    await rows(canvasElement);
  },
};

/** A long list of one merchant: 25 payments, 10 a page. */
export const ManyPayments: Story = {
  parameters: refundsServer({
    charges: Array.from({ length: 25 }, (_, index) => ({
      ...(sampleCharges()[0] as ReturnType<typeof sampleCharges>[number]),
      id: `ch_many${String(index).padStart(3, '0')}`,
      description: `Autumn Summit: order ${1100 + index}`,
      metadata: { order_id: `A-${1100 + index}` },
    })),
  }),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await rows(canvasElement)).toHaveLength(10);
    await expect(canvas.getByRole('button', { name: 'Next page' })).not.toHaveAttribute(
      'aria-disabled',
    );
  },
};

/** The list and the panel together, as on an admin page: the panel opens for the chosen row. */
function ListWithPanel(props: Parameters<typeof ChargeList>[0]) {
  const [chargeId, setChargeId] = useState<string>();
  return (
    <div style={{ display: 'grid', gap: 24 }}>
      <ChargeList
        {...props}
        {...(chargeId ? { selectedChargeId: chargeId } : {})}
        onSelectCharge={(charge) => {
          props.onSelectCharge(charge);
          setChargeId(charge.id);
        }}
      />
      {chargeId && (
        <RefundPanel
          key={chargeId}
          chargeId={chargeId}
          autoFocus
          onClose={() => setChargeId(undefined)}
        />
      )}
    </div>
  );
}

/** Enter on a row opens its refund panel below the list, and focus moves to the panel. */
export const WithRefundPanel: Story = {
  render: (args) => <ListWithPanel {...args} />,
  play: async (context) => {
    const canvas = within(context.canvasElement);
    await rows(context.canvasElement);
    const row = canvas.getByRole('button', { name: 'Autumn Summit: 3 tickets' });
    await tabTo(row, userEvent);
    await userEvent.keyboard('{Enter}');
    const title = await canvas.findByRole('heading', { name: 'Payment of $120.00' });
    await waitFor(() => expect(title).toHaveFocus());
    await expect(row).toHaveAttribute('aria-current', 'true');
    // Opening it cost one request: the charge with its refunds.
    await expect(
      fakeClientOf(context).chargeRequests.filter((r) => r.method === 'getCharge'),
    ).toHaveLength(1);
  },
};
