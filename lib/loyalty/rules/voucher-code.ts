// Voucher codes are read aloud and typed at a till, so the alphabet drops look-alikes
// (0/O, 1/I/L). 31 symbols × 12 characters ≈ 59.4 bits, far beyond what guessing at a till
// or through the API could cover.
export const VOUCHER_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
export const VOUCHER_CODE_LENGTH = 12;

// Bytes at or above the largest multiple of the alphabet size are rejected, so every symbol
// is equally likely (a plain modulo would favour the first 256 % 31 symbols).
const ACCEPT_BELOW = 256 - (256 % VOUCHER_ALPHABET.length);

export function generateVoucherCode(length = VOUCHER_CODE_LENGTH): string {
  if (!Number.isSafeInteger(length) || length <= 0) throw new RangeError(`length must be a positive integer, got ${length}`);
  let code = "";
  const bytes = new Uint8Array(length * 2);
  while (code.length < length) {
    globalThis.crypto.getRandomValues(bytes);
    for (const byte of bytes) {
      if (byte >= ACCEPT_BELOW) continue;
      code += VOUCHER_ALPHABET[byte % VOUCHER_ALPHABET.length];
      if (code.length === length) break;
    }
  }
  return code;
}

/** "ABCDEFGHJKMN" → "ABCD-EFGH-JKMN", for print and screens. */
export function formatVoucherCode(code: string): string {
  return code.match(/.{1,4}/g)?.join("-") ?? "";
}

/**
 * What a person typed → the stored code, or null. Case, spaces and dashes are forgiven; a
 * character outside the alphabet is rejected rather than guessed at, so a typo never
 * redeems someone else's voucher.
 */
export function normalizeVoucherCode(input: string): string | null {
  const code = input.toUpperCase().replace(/[\s-]/g, "");
  if (code.length !== VOUCHER_CODE_LENGTH) return null;
  for (const ch of code) if (!VOUCHER_ALPHABET.includes(ch)) return null;
  return code;
}
