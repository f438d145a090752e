/** Which Stripe mode a key belongs to: `rk_test_…` keys are `test`, `rk_live_…` keys are `live`. */
export type KeyMode = 'test' | 'live';

/** What a pasted string turned out to be. Only `restricted` keys are accepted. */
export type KeyKind =
  | 'restricted'
  | 'secret'
  | 'publishable'
  | 'webhook_secret'
  | 'ephemeral'
  | 'account_id'
  | 'unknown';

/** Why a paste was refused by {@link parseStripeKey}. */
export type KeyParseCode =
  | 'empty'
  | 'not_a_stripe_key'
  | 'secret_key'
  | 'publishable_key'
  | 'malformed'
  | 'wrong_mode';

/**
 * The outcome of {@link parseStripeKey}: the cleaned-up restricted key, or why it was refused
 * with a message for the merchant (which never repeats the key beyond its redacted form).
 */
export type ParsedKey =
  | { ok: true; key: string; kind: 'restricted'; mode: KeyMode }
  | { ok: false; code: KeyParseCode; message: string; kind?: KeyKind; mode?: KeyMode };

/** Options for {@link parseStripeKey}. */
export interface ParseStripeKeyOptions {
  /** The mode the connection expects; a key of the other mode is refused as `wrong_mode`. */
  mode?: KeyMode;
}

/** Why a paste was refused by {@link parsePublishableKey}. */
export type PublishableKeyParseCode =
  | 'empty'
  | 'not_a_stripe_key'
  | 'secret_key'
  | 'restricted_key'
  | 'malformed'
  | 'wrong_mode';

/**
 * The outcome of {@link parsePublishableKey}: the cleaned-up publishable key, or why it was
 * refused, with a message for the merchant that never repeats what was pasted.
 */
export type ParsedPublishableKey =
  | { ok: true; key: string; kind: 'publishable'; mode: KeyMode }
  | {
      ok: false;
      code: PublishableKeyParseCode;
      message: string;
      kind?: KeyKind;
      mode?: KeyMode;
    };
