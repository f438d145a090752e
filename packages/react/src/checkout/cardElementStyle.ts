import type { StripeElementStyle } from '@stripe/stripe-js';
import type { Appearance, AppearanceVariables } from '../theme/Appearance';
import { darkTheme, lightTheme } from '../theme/defaultThemes';

/**
 * The Card Element's `style`, from the kit's appearance. The card field is an iframe, so the
 * kit's CSS variables do not reach inside: the values are resolved here, and any value Stripe
 * could not read there (a `var()`, a `calc()`, a relative font size) falls back to the base
 * theme's own.
 */
export function cardElementStyle(appearance: Appearance): StripeElementStyle {
  const base = appearance.theme === 'dark' ? darkTheme : lightTheme;
  const pick = (name: keyof AppearanceVariables) => {
    const value = appearance.variables?.[name]?.trim();
    return value && !/\b(var|calc|env|max|min|clamp)\(/i.test(value) ? value : base[name];
  };
  const text = pick('colorText');
  const muted = pick('colorTextMuted');
  const danger = pick('colorDanger');
  return {
    base: {
      color: text,
      iconColor: muted,
      fontFamily: pick('fontFamily'),
      fontSize: pixels(appearance.variables?.fontSizeBase),
      fontSmoothing: 'antialiased',
      '::placeholder': { color: muted },
      ':-webkit-autofill': { color: text },
    },
    invalid: { color: danger, iconColor: danger },
  };
}

// Stripe takes a size in px; the kit's default ("never below 16px") is 16px inside the iframe.
function pixels(size: string | undefined): string {
  const value = size?.trim() ?? '';
  const px = /^(\d+(?:\.\d+)?)px$/i.exec(value);
  if (px) return `${Math.max(16, Number(px[1]))}px`;
  const rem = /^(\d+(?:\.\d+)?)r?em$/i.exec(value);
  if (rem) return `${Math.max(16, Math.round(Number(rem[1]) * 16))}px`;
  return '16px';
}
