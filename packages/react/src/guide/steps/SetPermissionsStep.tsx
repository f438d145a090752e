import { useFormatMessage } from '../../i18n/useMessages';
import type { KeySetupStepContext } from '../KeySetupStep';
import { StepText } from '../StepText';

/** Charges and Refunds to Write: the rest at None on a new key, left alone on an edited one. */
export function SetPermissionsStep({ context }: { context: KeySetupStepContext }) {
  const t = useFormatMessage('KeySetupGuide');
  return (
    <StepText>
      {t(
        context.flow === 'fix-permissions' ? 'stepSetPermissionsFixBody' : 'stepSetPermissionsBody',
      )}
    </StepText>
  );
}
