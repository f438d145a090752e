import type { KeyMode } from '@pelago/connect-core';
import type { Messages } from '../i18n/en';
import { defaultIllustrations } from '../illustrations/defaultIllustrations';
import { StepIllustration } from '../illustrations/StepIllustration';
import type { KeySetupOptions } from './KeySetupOptions';
import type { KeySetupIllustrations, KeySetupStep, StepPicture } from './KeySetupStep';
import type { IllustratedStepId } from './stepIds';
import { CreateKeyStep } from './steps/CreateKeyStep';
import { CreateRestrictedKeyStep } from './steps/CreateRestrictedKeyStep';
import { HandOverStep } from './steps/HandOverStep';
import { NameKeyStep } from './steps/NameKeyStep';
import { OpenApiKeysStep } from './steps/OpenApiKeysStep';
import { RevealKeyStep } from './steps/RevealKeyStep';
import { SetPermissionsStep } from './steps/SetPermissionsStep';

/** What the default steps are built from. */
export interface DefaultStepsInput {
  messages: Messages;
  mode: KeyMode;
  keyName: string;
  illustrations?: KeySetupIllustrations;
  renderHandOver?: KeySetupOptions['renderHandOver'];
}

/** The seven steps of the help article, in the kit's words, with their pictures. */
export function createDefaultSteps(input: DefaultStepsInput): KeySetupStep[] {
  const { messages: m, renderHandOver } = input;
  const picture = (id: IllustratedStepId) => pictureFor(id, input);
  return [
    {
      id: 'open-api-keys',
      title: m.stepOpenApiKeysTitle,
      content: (context) => <OpenApiKeysStep context={context} />,
      illustration: picture('open-api-keys'),
    },
    {
      id: 'create-restricted-key',
      title: m.stepCreateRestrictedKeyTitle,
      content: (context) => <CreateRestrictedKeyStep context={context} />,
      illustration: picture('create-restricted-key'),
    },
    {
      id: 'name-key',
      title: m.stepNameKeyTitle,
      content: (context) => <NameKeyStep context={context} />,
      illustration: picture('name-key'),
    },
    {
      id: 'set-permissions',
      title: m.stepSetPermissionsTitle,
      content: <SetPermissionsStep />,
      illustration: picture('set-permissions'),
    },
    {
      id: 'create-key',
      title: m.stepCreateKeyTitle,
      content: <CreateKeyStep />,
      illustration: picture('create-key'),
    },
    {
      id: 'reveal-key',
      title: m.stepRevealKeyTitle,
      content: (context) => <RevealKeyStep context={context} />,
      illustration: picture('reveal-key'),
    },
    {
      id: 'hand-over',
      title: m.stepHandOverTitle,
      content: (context) => <HandOverStep>{renderHandOver?.(context)}</HandOverStep>,
      illustration: null,
    },
  ];
}

function pictureFor(id: IllustratedStepId, input: DefaultStepsInput): StepPicture | null {
  const override = hostPicture(id, input.illustrations);
  if (override !== undefined) return override;
  const sketch = defaultIllustrations[id];
  return {
    illustration: <StepIllustration id={id} keyName={input.keyName} mode={input.mode} />,
    alt: sketch.alt(input.messages),
    annotations: sketch.annotations(input.messages),
  };
}

/** The host's picture for a step, by id or camelCase id; `undefined` when there is none. */
function hostPicture(id: IllustratedStepId, illustrations: KeySetupIllustrations | undefined) {
  if (!illustrations) return undefined;
  const byId = illustrations as Record<string, StepPicture | null | undefined>;
  const camel = id.replace(/-(\w)/g, (_match, letter: string) => letter.toUpperCase());
  return byId[id] !== undefined ? byId[id] : byId[camel];
}
