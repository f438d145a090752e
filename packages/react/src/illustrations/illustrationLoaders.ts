import type { ComponentType } from 'react';
import type { IllustratedStepId } from '../guide/stepIds';
import type { IllustrationProps } from './IllustrationProps';

type Loader = () => Promise<{ default: ComponentType<IllustrationProps> }>;

/** One dynamic import per picture, so a step's picture is fetched only when the step shows. */
export const illustrationLoaders: Record<IllustratedStepId, Loader> = {
  'open-api-keys': () => import('./OpenApiKeysIllustration'),
  'create-restricted-key': () => import('./CreateRestrictedKeyIllustration'),
  'choose-usage': () => import('./ChooseUsageIllustration'),
  'name-key': () => import('./NameKeyIllustration'),
  'set-permissions': () => import('./SetPermissionsIllustration'),
  'create-key': () => import('./CreateKeyIllustration'),
  'reveal-key': () => import('./RevealKeyIllustration'),
  'publishable-key': () => import('./PublishableKeyIllustration'),
  'edit-key': () => import('./EditKeyIllustration'),
};
