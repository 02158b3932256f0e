/**
 * Character classes of single UTF-16 code units, for the char-code scanners of the extractor: a
 * Unicode-property regex is run once per distinct code unit, then remembered in a table.
 */

/** A test of one code unit against a one-character regex, memoised over the 65,536 code units. */
function codeUnitClass(pattern: RegExp): (code: number) => boolean {
  // 0: not asked yet, 1: in the class, 2: not in it
  const memo = new Uint8Array(65536);
  return (code) => {
    let known = memo[code]!;
    if (known === 0) {
      known = pattern.test(String.fromCharCode(code)) ? 1 : 2;
      memo[code] = known;
    }
    return known === 1;
  };
}

/** `\p{L}` for one code unit (a lone surrogate is no letter). */
export const isLetterUnit = codeUnitClass(/^\p{L}$/u);
/** `\p{Lu}` for one code unit of the Basic Multilingual Plane. */
export const isUpperUnit = codeUnitClass(/^\p{Lu}$/u);
/** `\s` for one code unit. */
export const isSpaceUnit = codeUnitClass(/^\s$/u);
/** `\p{Ll}` for one code unit of the Basic Multilingual Plane. */
export const isLowerUnit = codeUnitClass(/^\p{Ll}$/u);
/** `[\p{L}\p{N}]` for one code unit (a lone surrogate is neither). */
export const isLetterOrDigitUnit = codeUnitClass(/^[\p{L}\p{N}]$/u);
/** `\p{N}` for one code unit. */
export const isDigitUnit = codeUnitClass(/^\p{N}$/u);
/** A character a name token may hold, `[\p{L}\p{M}\p{N}&.’'\-]`, for one code unit. */
export const isNameUnit = codeUnitClass(/^[\p{L}\p{M}\p{N}&.’'-]$/u);
/** `[\p{L}\p{M}.’'\-]` for one code unit: a capitalised word's characters. */
export const isWordTailUnit = codeUnitClass(/^[\p{L}\p{M}.’'-]$/u);
/** A UTF-16 surrogate (half of an astral character, which the unit tables cannot class). */
export const isSurrogateUnit = (code: number): boolean => code >= 0xd800 && code <= 0xdfff;
