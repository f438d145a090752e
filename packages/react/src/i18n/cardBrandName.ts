// Card tokens and older card objects name brands in words (`Visa`, `American Express`), which
// show as they are; payment method details use lowercase codes (`amex`), which get their names.
const brandNames: Record<string, string> = {
  visa: 'Visa',
  mastercard: 'Mastercard',
  amex: 'American Express',
  discover: 'Discover',
  diners: 'Diners Club',
  jcb: 'JCB',
  unionpay: 'UnionPay',
  cartes_bancaires: 'Cartes Bancaires',
};

/** A card brand as people read it: `amex` → `American Express`, `Visa` stays `Visa`. */
export function cardBrandName(brand: string | null | undefined): string | undefined {
  const raw = brand?.trim();
  if (!raw || raw.toLowerCase() === 'unknown') return undefined;
  const named = brandNames[raw.toLowerCase()];
  if (named) return named;
  if (raw !== raw.toLowerCase()) return raw;
  const words = raw.replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
