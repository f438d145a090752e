import type { KeyMode } from '@pelago/connect-core';
import type { Messages } from '../i18n/en';
import { canvas } from '../illustrations/canvas';
import { defaultPictureFrames } from '../illustrations/defaultIllustrations';
import type { LoadedAnnotations } from '../illustrations/loadedAnnotations';
import { StepIllustration } from '../illustrations/StepIllustration';
import type { KeySetupOptions } from './KeySetupOptions';
import type { KeySetupIllustrations, KeySetupStep, StepPicture } from './KeySetupStep';
import type { IllustratedStepId, KeySetupFlow } from './stepIds';
import { ChooseUsageStep } from './steps/ChooseUsageStep';
import { CreateKeyStep } from './steps/CreateKeyStep';
import { CreateRestrictedKeyStep } from './steps/CreateRestrictedKeyStep';
import { EditKeyStep } from './steps/EditKeyStep';
import { HandOverStep } from './steps/HandOverStep';
import { NameKeyStep } from './steps/NameKeyStep';
import { OpenApiKeysStep } from './steps/OpenApiKeysStep';
import { PublishableKeyStep } from './steps/PublishableKeyStep';
import { RevealKeyStep } from './steps/RevealKeyStep';
import { SetPermissionsStep } from './steps/SetPermissionsStep';

/** What the default steps are built from. */
export interface DefaultStepsInput {
  messages: Messages;
  mode: KeyMode;
  flow?: KeySetupFlow;
  keyName: string;
  websiteUrl?: string;
  illustrations?: KeySetupIllustrations;
  renderHandOver?: KeySetupOptions['renderHandOver'];
  /** The notes of the default pictures loaded so far; a picture's notes come with it. */
  loadedAnnotations?: LoadedAnnotations;
}

/**
 * The default steps of a flow, in the kit's words, with their pictures: creating a key as
 * today's Dashboard asks (`keySetupStepIds`), or fixing the permissions of an existing key
 * (`fixPermissionsStepIds`).
 */
export function createDefaultSteps(input: DefaultStepsInput): KeySetupStep[] {
  const { messages: m, renderHandOver } = input;
  const picture = (id: IllustratedStepId) => pictureFor(id, input);
  const openApiKeys: KeySetupStep = {
    id: 'open-api-keys',
    title: m.stepOpenApiKeysTitle,
    content: (context) => <OpenApiKeysStep context={context} />,
    illustration: picture('open-api-keys'),
  };
  const setPermissions: KeySetupStep = {
    id: 'set-permissions',
    title: m.stepSetPermissionsTitle,
    content: (context) => <SetPermissionsStep context={context} />,
    illustration: picture('set-permissions'),
  };
  const handOver = (title: string): KeySetupStep => ({
    id: 'hand-over',
    title,
    content: (context) => (
      <HandOverStep context={context}>{renderHandOver?.(context)}</HandOverStep>
    ),
    illustration: null,
  });

  if (input.flow === 'fix-permissions') {
    return [
      openApiKeys,
      {
        id: 'edit-key',
        title: m.stepEditKeyTitle,
        content: (context) => <EditKeyStep context={context} />,
        illustration: picture('edit-key'),
      },
      setPermissions,
      handOver(m.stepHandOverFixTitle),
    ];
  }
  return [
    openApiKeys,
    {
      id: 'create-restricted-key',
      title: m.stepCreateRestrictedKeyTitle,
      content: (context) => <CreateRestrictedKeyStep context={context} />,
      illustration: picture('create-restricted-key'),
    },
    {
      id: 'choose-usage',
      title: m.stepChooseUsageTitle,
      content: <ChooseUsageStep />,
      illustration: picture('choose-usage'),
    },
    {
      id: 'name-key',
      title: m.stepNameKeyTitle,
      content: (context) => <NameKeyStep context={context} />,
      illustration: picture('name-key'),
    },
    setPermissions,
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
      id: 'publishable-key',
      title: m.stepPublishableKeyTitle,
      content: (context) => <PublishableKeyStep context={context} />,
      illustration: picture('publishable-key'),
    },
    handOver(m.stepHandOverTitle),
  ];
}

function pictureFor(id: IllustratedStepId, input: DefaultStepsInput): StepPicture | null {
  const override = hostPicture(id, input.illustrations);
  if (override !== undefined) return override;
  const frame = defaultPictureFrames[id];
  const notes = input.loadedAnnotations?.get(id);
  return {
    illustration: (
      <StepIllustration
        id={id}
        keyName={input.keyName}
        mode={input.mode}
        websiteUrl={input.websiteUrl ?? ''}
      />
    ),
    alt: frame.alt(input.messages),
    annotations: notes ? notes(input.messages, { keyName: input.keyName }) : [],
    notesLoading: !notes,
    focus: frame.focus,
    // The canvas size: it gives the narrow crop its shape.
    width: canvas.width,
    height: canvas.height,
  };
}

/** The host's picture for a step, by id or camelCase id; `undefined` when there is none. */
function hostPicture(id: IllustratedStepId, illustrations: KeySetupIllustrations | undefined) {
  if (!illustrations) return undefined;
  const byId = illustrations as Record<string, StepPicture | null | undefined>;
  const camel = id.replace(/-(\w)/g, (_match, letter: string) => letter.toUpperCase());
  return byId[id] !== undefined ? byId[id] : byId[camel];
}
