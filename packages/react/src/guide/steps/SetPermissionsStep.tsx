import { useFormatMessage } from '../../i18n/useMessages';
import { StepText } from '../StepText';

/** Step 4: Charges and Refunds to Write, everything else at None. */
export function SetPermissionsStep() {
  const t = useFormatMessage('KeySetupGuide');
  return <StepText>{t('stepSetPermissionsBody')}</StepText>;
}
