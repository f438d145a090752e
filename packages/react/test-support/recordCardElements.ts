import type { Stripe } from '@stripe/stripe-js';

/** One Card Element made through a recorded Stripe.js: its options and what was done to it. */
export interface RecordedCardElement {
  options: Record<string, unknown>;
  mounts: number;
  destroys: number;
}

interface LooseElement {
  mount: (node: HTMLElement) => void;
  destroy: () => void;
}

/**
 * Test support: wraps `stripe.elements()` so that every group and every Card Element made
 * through it is counted, to prove a form creates, mounts and destroys its field once.
 */
export function recordCardElements(stripe: Stripe) {
  const record = { groups: 0, created: [] as RecordedCardElement[] };
  const elements = stripe.elements.bind(stripe) as unknown as (options?: unknown) => {
    create: (type: string, options?: Record<string, unknown>) => LooseElement;
  };
  const recorded = (options?: unknown) => {
    record.groups += 1;
    const group = elements(options);
    const create = group.create.bind(group);
    return {
      ...group,
      create(type: string, createOptions: Record<string, unknown> = {}) {
        const element = create(type, createOptions);
        const entry: RecordedCardElement = { options: createOptions, mounts: 0, destroys: 0 };
        record.created.push(entry);
        const mount = element.mount.bind(element);
        const destroy = element.destroy.bind(element);
        element.mount = (node) => {
          entry.mounts += 1;
          mount(node);
        };
        element.destroy = () => {
          entry.destroys += 1;
          destroy();
        };
        return element;
      },
    };
  };
  stripe.elements = recorded as unknown as Stripe['elements'];
  return record;
}
