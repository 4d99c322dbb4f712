import { randomInt } from 'node:crypto';

/** Letters and digits without look-alikes (no 0/O, 1/I/L): easy to read off a projector and type. */
export const JOIN_CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const JOIN_CODE_LENGTH = 6;

/** A random join code: 31⁶ ≈ 8.9·10⁸ possibilities, and guessing is rate limited. */
export function newJoinCode(): string {
  let code = '';
  for (let i = 0; i < JOIN_CODE_LENGTH; i++) code += JOIN_CODE_ALPHABET[randomInt(JOIN_CODE_ALPHABET.length)];
  return code;
}

/** What people type may be lower case, with spaces or dashes. */
export const normalizeJoinCode = (input: string) => input.toUpperCase().replace(/[\s-]/g, '');
