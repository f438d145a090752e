/**
 * `@pelago/connect-react`: React components and headless hooks that guide a merchant through
 * connecting their Stripe account to Pelago Connect. The text is English; French and Spanish
 * are separate entry points, `@pelago/connect-react/locales/fr` and `/locales/es`.
 *
 * @packageDocumentation
 */

export { LiveRegion, type LiveRegionProps } from './a11y/LiveRegion';
export { VisuallyHidden, type VisuallyHiddenProps } from './a11y/VisuallyHidden';
export {
  type ConnectClient,
  type ConnectClientOptions,
  createConnectClient,
  type RequestOptions,
} from './client/createConnectClient';
export { KeyEntryForm, type KeyEntryFormProps } from './form/KeyEntryForm';
export type { KeyCheck } from './form/keyCheck';
export { PermissionList, type PermissionListProps } from './form/PermissionList';
export { SecretKeyInput, type SecretKeyInputProps } from './form/SecretKeyInput';
export {
  type KeyVerification,
  type KeyVerificationState,
  type UseKeyVerificationOptions,
  useKeyVerification,
} from './form/useKeyVerification';
export { apiKeysUrl, createRestrictedKeyUrl, requiredPermissions } from './guide/dashboardLinks';
export { KeySetupGuide, type KeySetupGuideProps } from './guide/KeySetupGuide';
export type { KeySetupOptions } from './guide/KeySetupOptions';
export type {
  KeySetupIllustrations,
  KeySetupLinks,
  KeySetupStep,
  KeySetupStepContext,
  StepPicture,
} from './guide/KeySetupStep';
export {
  fixPermissionsStepIds,
  type IllustratedStepId,
  type KeySetupFlow,
  type KeySetupStepId,
  keySetupFlowStepIds,
  keySetupStepIds,
} from './guide/stepIds';
export { defaultStepStorageKey } from './guide/stepStorage';
export { type KeySetup, type KeySetupStepStatus, useKeySetup } from './guide/useKeySetup';
export { connectErrorText, type ErrorLike, errorMessageKeys } from './i18n/connectErrorText';
export { en, type MessageKey, type Messages } from './i18n/en';
export { formatMessage, type MessageValues } from './i18n/formatMessage';
export {
  type DefaultIllustration,
  type DefaultIllustrationInput,
  loadDefaultIllustrations,
} from './illustrations/defaultIllustrations';
export type { IllustrationProps } from './illustrations/IllustrationProps';
export {
  StepIllustration,
  type StepIllustrationProps,
} from './illustrations/StepIllustration';
export {
  ConnectOnboarding,
  type ConnectOnboardingProps,
} from './onboarding/ConnectOnboarding';
export { type PelagoConnectContextValue, usePelagoConnect } from './provider/PelagoConnectContext';
export {
  PelagoConnectProvider,
  type PelagoConnectProviderProps,
} from './provider/PelagoConnectProvider';
export {
  AnnotatedScreenshot,
  type AnnotatedScreenshotProps,
} from './screenshot/AnnotatedScreenshot';
export type { AnnotationBox, ScreenshotAnnotation } from './screenshot/ScreenshotAnnotation';
export { ConnectionStatus, type ConnectionStatusProps } from './status/ConnectionStatus';
export {
  type ConnectionAction,
  type ConnectionStatusState,
  type UseConnectionStatusOptions,
  useConnectionStatus,
} from './status/useConnectionStatus';
export type { Appearance, AppearanceVariables } from './theme/Appearance';
export { appearanceToCssVariables, cssVariableName } from './theme/cssVariables';
export { darkTheme, lightTheme } from './theme/defaultThemes';
