/**
 * The ids of the default steps of the `'create'` flow, in order. They are stable: use them in
 * `steps` and `illustrations`.
 */
export const keySetupStepIds = [
  'open-api-keys',
  'create-restricted-key',
  'choose-usage',
  'name-key',
  'set-permissions',
  'create-key',
  'reveal-key',
  'publishable-key',
  'hand-over',
] as const;

/**
 * The ids of the default steps of the `'fix-permissions'` flow, in order: editing the
 * permissions of a key the merchant already has, which keeps the same key.
 */
export const fixPermissionsStepIds = [
  'open-api-keys',
  'edit-key',
  'set-permissions',
  'hand-over',
] as const;

/** Which walk through the Dashboard the guide shows. */
export type KeySetupFlow = 'create' | 'fix-permissions';

/** The default step ids of each flow, in order. */
export const keySetupFlowStepIds: Record<KeySetupFlow, readonly KeySetupStepId[]> = {
  create: keySetupStepIds,
  'fix-permissions': fixPermissionsStepIds,
};

/** The id of one default step, of either flow. */
export type KeySetupStepId =
  | (typeof keySetupStepIds)[number]
  | (typeof fixPermissionsStepIds)[number];

/** The default steps that come with a picture (every one but the hand-over). */
export type IllustratedStepId = Exclude<KeySetupStepId, 'hand-over'>;
