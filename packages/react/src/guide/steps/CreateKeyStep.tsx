import { useFormatMessage } from '../../i18n/useMessages';
import { StepText } from '../StepText';

/** Step 5: press Create key. */
export function CreateKeyStep() {
  const t = useFormatMessage('KeySetupGuide');
  return <StepText>{t('stepCreateKeyBody')}</StepText>;
}
