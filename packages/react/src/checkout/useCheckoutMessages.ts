import { useCallback, useEffect } from 'react';
import { formatMessage, type MessageValues } from '../i18n/formatMessage';
import { languageOf } from '../i18n/resolveMessages';
import { usePelagoConnectInternal } from '../provider/PelagoConnectContext';
import { type CheckoutMessageKey, type CheckoutMessages, enCheckout } from './enCheckout';

/** The checkout messages in use, a formatter for them and the language they are written in. */
export interface CheckoutText {
  t: (key: CheckoutMessageKey, values?: MessageValues) => string;
  /** BCP 47 tag of the text: the provider's language, or `en` when its checkout text is missing. */
  lang: string;
  /** True when the text fell back to English although the provider's language is another. */
  fellBack: boolean;
}

/**
 * The checkout messages come from the provider's `messages`, like the rest of the kit's text
 * (`messages={{ ...fr, ...frCheckout }}`), laid over English. When the provider speaks another
 * language but holds no checkout text, the text is English and says so with `lang="en"`.
 */
export function useCheckoutMessages(caller: string): CheckoutText {
  const { messages, lang, locale } = usePelagoConnectInternal(caller);
  const given = messages as Partial<CheckoutMessages>;
  const english = languageOf(lang) === 'en';
  const complete = english || hasEveryCheckoutMessage(given);
  useEffect(() => {
    if (!complete) warnMissingCheckoutCatalogue(locale);
  }, [complete, locale]);
  const t = useCallback(
    (key: CheckoutMessageKey, values?: MessageValues) =>
      formatMessage((complete ? given[key] : undefined) ?? enCheckout[key], values),
    [complete, given],
  );
  return { t, lang: complete ? lang : 'en', fellBack: !complete };
}

function hasEveryCheckoutMessage(messages: Partial<CheckoutMessages>): boolean {
  return (Object.keys(enCheckout) as CheckoutMessageKey[]).every(
    (key) => typeof messages[key] === 'string',
  );
}

let warned = false;

// Said once in development: an English payment form on a French page is easy to miss.
function warnMissingCheckoutCatalogue(locale: string): void {
  if (warned || process.env.NODE_ENV === 'production') return;
  warned = true;
  const language = languageOf(locale);
  const name = `${language}Checkout`;
  const how = ['fr', 'es'].includes(language)
    ? `Import it next to the main catalogue: import { ${language}, ${name} } from ` +
      `'@pelago/connect-react/locales/${language}'; then messages={{ ...${language}, ...${name} }}.`
    : "Add every key of CheckoutMessages (see enCheckout) to the provider's messages.";
  console.warn(
    `Pelago Connect: the payment form has no text for locale="${locale}", so it is in English. ${how}`,
  );
}
