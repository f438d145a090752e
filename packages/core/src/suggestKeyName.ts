/**
 * Suggests a name for the merchant's restricted key, following the help article's advice: a
 * short name for the company plus `_Pelago`, e.g. `'Acme Manufacturing Company'` → `'Acme_Pelago'`.
 *
 * The rule:
 * - accents are folded (`Café Crème` → `Cafe`), apostrophes dropped (`Joe's` → `Joes`),
 *   dotted abbreviations joined (`S.A.` → `SA`), other punctuation and emoji split words;
 * - legal forms at the end are dropped (Inc, LLC, Ltd, GmbH, S.A., SAS, SARL, AG, BV, Company,
 *   Co, Corporation, Corp, Limited, PLC, Pty, …), as are a leading English "The" and the legal
 *   forms some countries write first (`SARL Dupont`, `AB Volvo`);
 * - the first word is the name. If it is very short (under 4 characters, like `Le` or `3M`) or
 *   has no letter (like `1-800`), the next words are joined in CamelCase until it is not:
 *   `Big Apple Events` → `BigApple`, `1-800 Flowers` → `1800Flowers`;
 * - the whole name is at most 40 characters including the suffix;
 * - when nothing usable is left (empty text, only emoji, only digits) the name is `Merchant`.
 *
 * Letters of other scripts are kept (`Москва Банк` → `Москва`).
 */
export function suggestKeyName(companyName: string, suffix = '_Pelago'): string {
  const safeSuffix = typeof suffix === 'string' ? suffix : '_Pelago';
  const words = significantWords(typeof companyName === 'string' ? companyName : '');
  let name = '';
  for (const word of words) {
    name += capitalise(word);
    if (name.length >= MIN_NAME_LENGTH && HAS_LETTER.test(name)) break;
  }
  if (!HAS_LETTER.test(name)) name = FALLBACK_NAME;
  const room = Math.max(MIN_NAME_LENGTH * 2, MAX_TOTAL_LENGTH - safeSuffix.length);
  return truncate(name, room) + safeSuffix;
}

const MIN_NAME_LENGTH = 4;
const MAX_TOTAL_LENGTH = 40;
const FALLBACK_NAME = 'Merchant';
const HAS_LETTER = /\p{L}/u;

/** Legal forms, compared in lower case without dots. */
const LEGAL_FORMS = new Set([
  'inc',
  'incorporated',
  'llc',
  'llp',
  'lp',
  'ltd',
  'limited',
  'plc',
  'pty',
  'pte',
  'co',
  'company',
  'corp',
  'corporation',
  'gmbh',
  'ag',
  'kg',
  'ohg',
  'ug',
  'mbh',
  'ev',
  'sa',
  'sas',
  'sasu',
  'sarl',
  'eurl',
  'sl',
  'slu',
  'srl',
  'spa',
  'bv',
  'nv',
  'vof',
  'ab',
  'as',
  'asa',
  'aps',
  'oy',
  'oyj',
  'kk',
  'sdn',
  'bhd',
  'pvt',
  'lda',
  'ltda',
  'sro',
  'spzoo',
  'zoo',
  'kft',
  'doo',
  'cv',
]);

/**
 * Words dropped at the start: English "The", and legal forms written before the name
 * (`SARL Dupont`, `AB Volvo`, `PT Maju`, `OOO Romashka`).
 */
const LEADING_WORDS = new Set(['the', 'sarl', 'sas', 'sasu', 'eurl', 'ab', 'pt', 'ooo', 'ооо']);

/** The words of the company name, without legal forms and a leading "The". */
function significantWords(text: string): string[] {
  const folded = foldAccents(text)
    .replace(APOSTROPHES, '')
    .replace(
      DOTTED_ABBREVIATION,
      (_match, before: string, abbreviation: string) => before + abbreviation.replace(/\./g, ''),
    );
  const words = folded.split(NOT_WORD).filter((word) => word !== '');
  while (words.length > 1 && LEGAL_FORMS.has(words[words.length - 1]!.toLowerCase())) words.pop();
  while (words.length > 1 && LEADING_WORDS.has(words[0]!.toLowerCase())) words.shift();
  return words;
}

const APOSTROPHES = /['’ʼ`]/g;
/** `S.A.`, `B.V.`, `S.A.R.L.`, `e.V.`: single letters each followed by a dot. */
const DOTTED_ABBREVIATION = /(^|[^\p{L}\p{N}])((?:\p{L}\.){2,})/gu;
const NOT_WORD = /[^\p{L}\p{N}]+/u;

/** Removes accents and spells out letters that have no decomposition (ß, æ, ø, œ, ł, …). */
function foldAccents(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(SPECIAL_LETTERS, (letter) => SPECIAL_LETTER_MAP[letter] ?? letter);
}

const SPECIAL_LETTER_MAP: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  Æ: 'Ae',
  ø: 'o',
  Ø: 'O',
  œ: 'oe',
  Œ: 'Oe',
  ł: 'l',
  Ł: 'L',
  đ: 'd',
  Đ: 'D',
  ð: 'd',
  Ð: 'D',
  þ: 'th',
  Þ: 'Th',
  ı: 'i',
};
const SPECIAL_LETTERS = /[ßæÆøØœŒłŁđĐðÐþÞı]/g;

function capitalise(word: string): string {
  const first = String.fromCodePoint(word.codePointAt(0) ?? 0);
  return first.toUpperCase() + word.slice(first.length);
}

/** Cuts to at most `length` UTF-16 units without splitting a character. */
function truncate(text: string, length: number): string {
  if (text.length <= length) return text;
  let end = length;
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end -= 1;
  return text.slice(0, end);
}
