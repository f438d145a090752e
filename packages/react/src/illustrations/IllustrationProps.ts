import type { KeyMode } from '@pelago/connect-core';
import type { Messages } from '../i18n/en';

/** What every default step illustration is drawn from. */
export interface IllustrationProps {
  /** Labels inside the picture, in the kit's language. */
  messages: Messages;
  /** The key name the merchant is typing, shown where the picture has a name. */
  keyName: string;
  mode: KeyMode;
  /** The host's website address, shown in the URL field of the name form; `''` for none. */
  websiteUrl?: string;
}
