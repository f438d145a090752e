/** An expiry as typed: month digits and two-digit year digits, both possibly partial. */
export interface ExpiryDigits {
  month: string;
  year: string;
}

/**
 * Reads what was typed into `MM / YY` digits: a first digit above 1 is a month on its own
 * (`4` → `04`), and `13`…`19` become `01` followed by a year digit, as Stripe.js does.
 */
export function parseExpiry(text: string): ExpiryDigits {
  // Autofill may give a four-digit year: `12/2030`.
  const filled = /^\s*(\d{1,2})\s*\/\s*(\d{4})\s*$/.exec(text);
  if (filled?.[1] && filled[2])
    return { month: filled[1].padStart(2, '0'), year: filled[2].slice(2) };
  let digits = text.replace(/\D/g, '');
  if (/^[2-9]/.test(digits)) digits = `0${digits}`;
  else if (/^1[3-9]/.test(digits)) digits = `01${digits.slice(1)}`;
  digits = digits.slice(0, 4);
  return { month: digits.slice(0, 2), year: digits.slice(2) };
}

/**
 * `MM / YY`. The slash follows a complete month while typing, not while deleting, so that
 * Backspace can go back past it.
 */
export function formatExpiry({ month, year }: ExpiryDigits, deleting: boolean): string {
  if (year) return `${month} / ${year}`;
  if (month.length === 2 && !deleting) return `${month} / `;
  return month;
}

/** What is wrong with a complete expiry, as a Stripe.js error code, or null. */
export function expiryProblem(
  { month, year }: ExpiryDigits,
  now: Date = new Date(),
):
  | 'invalid_expiry_month'
  | 'invalid_expiry_year_past'
  | 'invalid_expiry_month_past'
  | 'invalid_expiry_year'
  | null {
  const mm = Number(month);
  if (month.length === 2 && (mm < 1 || mm > 12)) return 'invalid_expiry_month';
  if (year.length < 2) return null;
  const fullYear = 2000 + Number(year);
  const thisYear = now.getFullYear();
  if (fullYear < thisYear) return 'invalid_expiry_year_past';
  if (fullYear === thisYear && mm < now.getMonth() + 1) return 'invalid_expiry_month_past';
  if (fullYear > thisYear + 50) return 'invalid_expiry_year';
  return null;
}
