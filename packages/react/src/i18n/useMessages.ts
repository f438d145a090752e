import { useCallback } from 'react';
import { usePelagoConnectInternal } from '../provider/PelagoConnectContext';
import type { MessageKey, Messages } from './en';
import { formatMessage, type MessageValues } from './formatMessage';

/** The messages of the nearest provider, in its locale with its overrides. */
export function useMessages(caller = 'useMessages'): Messages {
  return usePelagoConnectInternal(caller).messages;
}

/** A function that reads a message by key and fills its placeholders. */
export type FormatMessage = (key: MessageKey, values?: MessageValues) => string;

/** Returns {@link FormatMessage} bound to the provider's messages. */
export function useFormatMessage(caller = 'useFormatMessage'): FormatMessage {
  const messages = useMessages(caller);
  return useCallback(
    (key: MessageKey, values?: MessageValues) => formatMessage(messages[key], values),
    [messages],
  );
}
