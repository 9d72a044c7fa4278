/**
 * The C2SP signed-note rules shared by keys, notes and checkpoints: what a key name may be
 * and which characters a note may contain.
 */

/**
 * Whether `name` may name a key: non-empty, well-formed Unicode, no Unicode white space and
 * no `+` (C2SP signed-note; the same test as Go's `note` package).
 *
 * @example isValidKeyName('ledger.example/gov') // true;  isValidKeyName('a b') // false
 */
export function isValidKeyName(name: string): boolean {
  return name !== '' && !/\p{White_Space}|\+/u.test(name) && !LONE_SURROGATE.test(name);
}

const LONE_SURROGATE = /[\uD800-\uDFFF]/u;
const CONTROL_EXCEPT_NEWLINE = /[\u0000-\u0009\u000B-\u001F]/;

/**
 * What is wrong with `text` as (part of) a signed note, or undefined if nothing: a note is
 * valid UTF-8 (no lone surrogates in a JS string) with no ASCII control character but newline.
 */
export function noteTextProblem(text: string): string | undefined {
  const control = CONTROL_EXCEPT_NEWLINE.exec(text);
  if (control !== null) {
    const line = text.slice(0, control.index).split('\n').length;
    const code = control[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
    return `line ${line} contains control character U+${code}`;
  }
  if (LONE_SURROGATE.test(text)) return 'text is not valid UTF-8 (lone surrogate)';
  return undefined;
}
