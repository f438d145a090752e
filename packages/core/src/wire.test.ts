import { describe, expect, it } from 'vitest';
import { refundNoteMetadataKey } from './index';

describe('wire constants', () => {
  it('keeps refund notes under a metadata key of the kit’s own, within Stripe’s 40 characters', () => {
    expect(refundNoteMetadataKey).toBe('pelago_refund_note');
    expect(refundNoteMetadataKey.length).toBeLessThanOrEqual(40);
  });
});
