import { describe, expect, it } from 'vitest';
import { apiKeysUrl, createRestrictedKeyUrl } from './dashboardLinks';

describe('Stripe Dashboard links', () => {
  it('points at the test or live API keys page', () => {
    expect(apiKeysUrl('test')).toBe('https://dashboard.stripe.com/test/apikeys');
    expect(apiKeysUrl('live')).toBe('https://dashboard.stripe.com/apikeys');
  });

  it('prefills the name and both write permissions', () => {
    expect(createRestrictedKeyUrl('live', 'Acme_Pelago')).toBe(
      'https://dashboard.stripe.com/apikeys/create?name=Acme_Pelago&permissions%5B%5D=rak_charge_write&permissions%5B%5D=rak_refund_write',
    );
    expect(createRestrictedKeyUrl('test', 'Acme_Pelago')).toBe(
      'https://dashboard.stripe.com/test/apikeys/create?name=Acme_Pelago&permissions%5B%5D=rak_charge_write&permissions%5B%5D=rak_refund_write',
    );
  });

  it('encodes the name so it cannot break the query', () => {
    const url = new URL(createRestrictedKeyUrl('live', 'A&B=C #1_Pelago'));
    expect(url.searchParams.get('name')).toBe('A&B=C #1_Pelago');
    expect(url.searchParams.getAll('permissions[]')).toEqual([
      'rak_charge_write',
      'rak_refund_write',
    ]);
  });

  it('leaves the name out when there is none', () => {
    expect(createRestrictedKeyUrl('live', '  ')).toBe(
      'https://dashboard.stripe.com/apikeys/create?permissions%5B%5D=rak_charge_write&permissions%5B%5D=rak_refund_write',
    );
  });
});
