import type { PelagoConnectProviderProps } from '@pelago/connect-react';
import { PelagoConnectProvider } from '@pelago/connect-react';
import type { Decorator } from '@storybook/react-vite';
import type { ReactNode } from 'react';

/** How a story frames the kit: provider settings and the host page around it. */
export interface KitParameters {
  provider?: Omit<PelagoConnectProviderProps, 'children'>;
  /** Text direction of the host page. */
  dir?: 'ltr' | 'rtl';
  /** Width of the host container, e.g. 320 for a small phone. */
  width?: number;
  /** Background of the host page, e.g. a dark one for the dark theme. */
  background?: string;
}

/** The host "page" around a story: direction, width and background from `parameters.kit`. */
export function HostPage({ kit, children }: { kit: KitParameters; children: ReactNode }) {
  return (
    <div
      dir={kit.dir}
      style={{
        maxWidth: kit.width ? `${kit.width}px` : undefined,
        background: kit.background,
        padding: kit.background ? 16 : undefined,
      }}
    >
      {children}
    </div>
  );
}

/** Wraps a story in a provider and a host "page" as the story's parameters ask. */
export const withKit: Decorator = (Story, context) => {
  const kit = (context.parameters.kit ?? {}) as KitParameters;
  return (
    <PelagoConnectProvider {...kit.provider}>
      <HostPage kit={kit}>
        <Story />
      </HostPage>
    </PelagoConnectProvider>
  );
};

/** Presses Tab until `target` has focus; fails after `limit` presses. */
export async function tabTo(
  target: HTMLElement,
  user: { tab: () => Promise<void> },
  limit = 40,
): Promise<void> {
  for (let presses = 0; presses < limit; presses += 1) {
    if (target.ownerDocument.activeElement === target) return;
    await user.tab();
  }
  throw new Error(`Tab never reached ${target.outerHTML.slice(0, 80)}`);
}
