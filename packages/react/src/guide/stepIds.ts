/** The ids of the default steps, in order. They are stable: use them in `steps` and `illustrations`. */
export const keySetupStepIds = [
  'open-api-keys',
  'create-restricted-key',
  'name-key',
  'set-permissions',
  'create-key',
  'reveal-key',
  'hand-over',
] as const;

/** The id of one default step. */
export type KeySetupStepId = (typeof keySetupStepIds)[number];

/** The default steps that come with a picture (every one but the hand-over). */
export type IllustratedStepId = Exclude<KeySetupStepId, 'hand-over'>;
