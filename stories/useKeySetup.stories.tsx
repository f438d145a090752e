import { AnnotatedScreenshot, useKeySetup } from '@pelago/connect-react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { withKit } from './support/withKit';

const meta = {
  title: 'Hooks/useKeySetup',
  decorators: [withKit],
  tags: ['!autodocs'],
} satisfies Meta;

export default meta;
type Story = StoryObj<typeof meta>;

/** A host's own compact view of the guide, built on the headless hook. */
function CompactGuide() {
  const setup = useKeySetup({ companyName: 'Acme Manufacturing Company', mode: 'live' });
  const { step, context } = setup;
  const picture = step.illustration;
  return (
    <section aria-labelledby="compact-title" style={{ display: 'grid', gap: 12, maxWidth: 560 }}>
      <h2 id="compact-title" style={{ margin: 0 }}>
        {setup.index + 1}/{setup.total} · {step.title}
      </h2>
      {typeof step.content === 'function' ? step.content(context) : step.content}
      {picture && <AnnotatedScreenshot {...picture} annotations={picture.annotations ?? []} />}
      <div style={{ display: 'flex', gap: 8 }}>
        <button type="button" onClick={setup.back} disabled={setup.isFirst}>
          Previous
        </button>
        <button type="button" onClick={setup.next}>
          {setup.isLast ? 'Done' : 'Continue'}
        </button>
      </div>
    </section>
  );
}

/** `useKeySetup` gives the steps, the position, the links and the actions; you draw the rest. */
export const Headless: Story = {
  render: () => <CompactGuide />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Continue' }));
    await expect(canvas.getByRole('heading', { level: 2 })).toHaveTextContent(
      '2/9 · Create a restricted key',
    );
    await expect(canvas.getByRole('link', { name: /prefilled/ })).toHaveAttribute(
      'href',
      'https://dashboard.stripe.com/apikeys/create?name=Acme_Pelago&permissions%5B%5D=rak_charge_write&permissions%5B%5D=rak_refund_write',
    );
  },
};
