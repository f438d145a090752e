import {
  ConnectError,
  connectErrorCodes,
  connectErrorMessages,
  isConnectErrorCode,
} from '@pelago/connect-core';
import { describe, expect, it } from 'vitest';
import { es } from '../locales/es';
import { fr } from '../locales/fr';
import { connectErrorText, errorMessageKeys } from './connectErrorText';
import { en } from './en';

describe('connectErrorText', () => {
  it('maps every error code to a catalogue message', () => {
    for (const code of connectErrorCodes) {
      expect(Object.hasOwn(en, errorMessageKeys[code]), code).toBe(true);
    }
    expect(Object.keys(errorMessageKeys).every(isConnectErrorCode)).toBe(true);
  });

  it('keeps each code’s own English words from core', () => {
    for (const code of connectErrorCodes) {
      expect(connectErrorText({ code }, en), code).toBe(connectErrorMessages[code]);
    }
  });

  it('shows the server’s words for a key problem in English, the catalogue’s otherwise', () => {
    const error = new ConnectError('permission_missing', {
      message: 'This key cannot create refunds. Set Refunds to Write.',
    });
    expect(connectErrorText(error, en)).toBe(
      'This key cannot create refunds. Set Refunds to Write.',
    );
    expect(connectErrorText(error, fr)).toBe(fr.errorPermissionMissing);
    const outage = new ConnectError('stripe_unavailable', { message: 'Upstream said 503.' });
    expect(connectErrorText(outage, en)).toBe(connectErrorMessages.stripe_unavailable);
  });

  it('uses a host’s override', () => {
    const custom = { ...en, errorRateLimited: 'Slow down a little.' };
    expect(connectErrorText({ code: 'rate_limited' }, custom)).toBe('Slow down a little.');
  });

  it('translates every code in French and Spanish', () => {
    for (const catalogue of [fr, es]) {
      for (const code of connectErrorCodes) {
        const text = connectErrorText({ code, message: connectErrorMessages[code] }, catalogue);
        expect(text, code).not.toBe(connectErrorMessages[code]);
      }
    }
  });
});
