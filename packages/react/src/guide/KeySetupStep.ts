import type { KeyMode } from '@pelago/connect-core';
import type { ReactNode } from 'react';
import type { AnnotatedScreenshotProps } from '../screenshot/AnnotatedScreenshot';
import type { ScreenshotAnnotation } from '../screenshot/ScreenshotAnnotation';
import type { IllustratedStepId, KeySetupFlow } from './stepIds';

/** What a step's content can read and do. */
export interface KeySetupStepContext {
  mode: KeyMode;
  /** Creating a new key or fixing the permissions of an existing one. */
  flow: KeySetupFlow;
  /** The host's `websiteUrl` option, or `''`. */
  websiteUrl: string;
  /** Zero-based index of the step being shown, and the number of steps. */
  index: number;
  total: number;
  /** The company name: typed by the merchant, else the `companyName` option, else `''`. */
  companyName: string;
  setCompanyName: (name: string) => void;
  /** `suggestKeyName(companyName)`, or `''` while no company name is known. */
  keyName: string;
  /** Stripe Dashboard links for the current mode. */
  links: KeySetupLinks;
  next: () => void;
  back: () => void;
  /** Calls `onComplete`: the merchant has the key. */
  complete: () => void;
}

/** The Stripe Dashboard links of the guide. */
export interface KeySetupLinks {
  /** The API keys page (`/test/apikeys` in test mode). */
  apiKeys: string;
  /** The restricted key form, prefilled with the key name and both permissions. */
  createRestrictedKey: string;
}

/** A step's picture: a screenshot (`src`) or inline artwork (`illustration`), with notes. */
export interface StepPicture
  extends Omit<AnnotatedScreenshotProps, 'annotations' | 'className' | 'zoomable'> {
  annotations?: ScreenshotAnnotation[];
  /** Defaults to `true` inside the guide. */
  zoomable?: boolean;
}

/** One step of the guide. */
export interface KeySetupStep {
  /** Stable id, e.g. `'name-key'`; the default ids are in `keySetupStepIds`. */
  id: string;
  /** Heading of the step; also announced and shown in the step list. */
  title: string;
  /** What to do. A function receives the step context (mode, links, key name, actions). */
  content?: ReactNode | ((context: KeySetupStepContext) => ReactNode);
  /** The picture under the text; `null` or absent shows none. */
  illustration?: StepPicture | null;
}

type CamelCase<S extends string> = S extends `${infer Head}-${infer Tail}`
  ? `${Head}${Capitalize<CamelCase<Tail>>}`
  : S;

/**
 * Pictures that replace the kit's sketches, by step id (`'create-key'`) or its camelCase
 * form (`createKey`). `null` removes a step's picture.
 *
 * @example
 * illustrations={{ createKey: { src: '/shots/create-key.png', alt: 'The Create key button', annotations } }}
 */
export type KeySetupIllustrations = {
  [Id in IllustratedStepId as Id | CamelCase<Id>]?: StepPicture | null;
};
