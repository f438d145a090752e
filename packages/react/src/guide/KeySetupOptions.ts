import type { KeyMode } from '@pelago/connect-core';
import type { ReactNode } from 'react';
import type { KeySetupIllustrations, KeySetupStep, KeySetupStepContext } from './KeySetupStep';
import type { KeySetupFlow } from './stepIds';

/** Options of {@link useKeySetup}, also props of {@link KeySetupGuide}. */
export interface KeySetupOptions {
  /**
   * The zero-based index of the step to show, for a controlled guide. Pair it with
   * `onStepChange`. Out-of-range values are clamped.
   */
  step?: number;
  /** The zero-based index of the first step shown, for an uncontrolled guide. Default `0`. */
  defaultStep?: number;
  /** Called with the new zero-based index and its step whenever the merchant moves. */
  onStepChange?: (index: number, step: KeySetupStep) => void;
  /** Called when the merchant presses the last step's button: they have their key. */
  onComplete?: () => void;
  /** Shows a "Leave the guide" button that calls it. */
  onExit?: () => void;
  /** Test or live Stripe data: changes the Dashboard links and the wording. Default `'test'`. */
  mode?: KeyMode;
  /** The merchant's company name, turned into the suggested key name. */
  companyName?: string;
  /**
   * Which walk through the Dashboard to show. `'create'` (the default) creates a new restricted
   * key; `'fix-permissions'` edits the permissions of the key the merchant already has (the
   * key itself does not change, so there is nothing to copy), and its last button says the
   * permissions are updated. The default step ids of each flow are in `keySetupFlowStepIds`.
   */
  flow?: KeySetupFlow;
  /**
   * The address of your site, which Stripe asks for when a key is made for another website,
   * e.g. `'https://events.example.com'`. The guide tells the merchant to type it; without it the
   * guide says "the address of this site".
   */
  websiteUrl?: string;
  /**
   * Your own steps, or a function that receives the default steps and returns the list to
   * show (add, replace, reorder).
   */
  steps?: KeySetupStep[] | ((defaultSteps: KeySetupStep[]) => KeySetupStep[]);
  /** Pictures that replace the kit's sketches for default steps. */
  illustrations?: KeySetupIllustrations;
  /**
   * Resume at the same step after a reload, in sessionStorage for this tab. `true` uses the
   * key `'pelago-connect:key-setup-step'`, a string is the key to use. Only the step index is
   * stored, and only for an uncontrolled guide.
   */
  persistStep?: boolean | string;
  /**
   * Content of the last ("hand over") step, e.g. the key entry form. The "keep it safe"
   * advice stays below it.
   */
  renderHandOver?: (context: KeySetupStepContext) => ReactNode;
}
