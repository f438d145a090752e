import { useCallback, useEffect } from 'react';
import { formatMessage, type MessageValues } from '../i18n/formatMessage';
import { languageOf } from '../i18n/resolveMessages';
import { usePelagoConnectInternal } from '../provider/PelagoConnectContext';
import { enRefunds, type RefundMessageKey, type RefundMessages } from './enRefunds';

/** The refund messages in use, a formatter for them and the language they are written in. */
export interface RefundText {
  t: (key: RefundMessageKey, values?: MessageValues) => string;
  /** BCP 47 tag of the text: the provider's language, or `en` when its refund text is missing. */
  lang: string;
  /** True when the text fell back to English although the provider's language is another. */
  fellBack: boolean;
}

/**
 * The refund messages come from the provider's `messages`, like the rest of the kit's text
 * (`messages={{ ...fr, ...frRefunds }}`), laid over English. When the provider speaks another
 * language but holds no refund text, the text is English and says so with `lang="en"`.
 */
export function useRefundMessages(caller: string): RefundText {
  const { messages, lang, locale } = usePelagoConnectInternal(caller);
  const given = messages as Partial<RefundMessages>;
  const english = languageOf(lang) === 'en';
  const complete = english || hasEveryRefundMessage(given);
  useEffect(() => {
    if (!complete) warnMissingRefundCatalogue(locale);
  }, [complete, locale]);
  const t = useCallback(
    (key: RefundMessageKey, values?: MessageValues) =>
      formatMessage((complete ? given[key] : undefined) ?? enRefunds[key], values),
    [complete, given],
  );
  return { t, lang: complete ? lang : 'en', fellBack: !complete };
}

function hasEveryRefundMessage(messages: Partial<RefundMessages>): boolean {
  return (Object.keys(enRefunds) as RefundMessageKey[]).every(
    (key) => typeof messages[key] === 'string',
  );
}

let warned = false;

// Said once in development: English refund text on a French page is easy to miss.
function warnMissingRefundCatalogue(locale: string): void {
  if (warned || process.env.NODE_ENV === 'production') return;
  warned = true;
  const language = languageOf(locale);
  const name = `${language}Refunds`;
  const how = ['fr', 'es'].includes(language)
    ? `Import it next to the main catalogue: import { ${language}, ${name} } from ` +
      `'@pelago/connect-react/locales/${language}'; then messages={{ ...${language}, ...${name} }}.`
    : "Add every key of RefundMessages (see enRefunds) to the provider's messages.";
  console.warn(
    `Pelago Connect: the refund components have no text for locale="${locale}", so they are in English. ${how}`,
  );
}
