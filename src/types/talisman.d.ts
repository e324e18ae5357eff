/** The two parts of talisman (MIT) the name matcher uses; the package ships no types. */
declare module 'talisman/metrics/jaro-winkler.js' {
  /** Jaro-Winkler similarity, 0 (nothing alike) to 1 (equal). */
  export default function jaroWinkler(a: string, b: string): number;
}
declare module 'talisman/phonetics/double-metaphone.js' {
  /** Primary and secondary Double Metaphone codes (up to 4 characters each). */
  export default function doubleMetaphone(word: string): [string, string];
}
