/**
 * The `rak_…` permissions a Stripe 403 message names. Stripe words it three ways, all read here:
 * one permission ("Having the 'rak_charge_write' permission would allow this request to
 * continue."), several ("Having the 'rak_charge_write', 'rak_refund_write' permissions …"), or
 * none at all (a generic "does not have the required permissions"), which gives `[]`.
 */
export function permissionsNamedIn(message: string): string[] {
  const names = message.slice(0, 2000).match(/\brak_[a-z_]{1,64}\b/g) ?? [];
  return [...new Set(names)];
}
