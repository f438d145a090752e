import { useFormatMessage } from '../../i18n/useMessages';
import { StepText } from '../StepText';

/** Press Create key once only Charges and Refunds are at Write. */
export function CreateKeyStep() {
  const t = useFormatMessage('KeySetupGuide');
  return <StepText>{t('stepCreateKeyBody')}</StepText>;
}
