/**
 * How alike two personal names are, tolerant of spelling and transliteration (C8, ¶124): the same
 * person is written "Mohammed Abdallah", "Muhammad Abdullah" or "محمد عبد الله" in different
 * records. Names are transliterated to Latin letters (any-ascii), lower-cased and split into words
 * without particles (al, bin, de, van ...). Two words are alike by Jaro-Winkler, lifted when they
 * sound alike (Double Metaphone) or, when one is written without vowels, share their consonant
 * skeleton (what Arabic script writes).
 * Two names are alike word by word, in any order, with joined words tried too ("Abdel Rahman" /
 * "Abdelrahman"). Pure; no I/O.
 */
import anyAscii from 'any-ascii';
import jaroWinkler from 'talisman/metrics/jaro-winkler.js';
import doubleMetaphone from 'talisman/phonetics/double-metaphone.js';

const particles = new Set([
  'al',
  'el',
  'ul',
  'bin',
  'ben',
  'ibn',
  'bint',
  'binti',
  'de',
  'da',
  'di',
  'du',
  'del',
  'della',
  'van',
  'von',
  'der',
  'den',
  'la',
  'le',
  'dos',
  'das',
]);

/** A name as words of Latin letters, particles left out (all of them kept if nothing else is left). */
export function nameWords(name: string): string[] {
  const words = anyAscii(name.normalize('NFKC'))
    .toLowerCase()
    .replace(/[^a-z]+/g, ' ')
    .split(' ')
    .filter(Boolean);
  const kept = words.filter((w) => !particles.has(w));
  return kept.length > 0 ? kept : words;
}

/**
 * The consonants a word is written with, as Arabic script writes them: vowels and the weak letters
 * h, w, y dropped, c/q folded to k, x to ks, doubled letters once.
 */
export function skeleton(word: string): string {
  return word
    .replace(/ph/g, 'f')
    .replace(/[cq]/g, 'k')
    .replace(/x/g, 'ks')
    .replace(/[aeiouyhw]/g, '')
    .replace(/(.)\1+/g, '$1');
}

function soundsAlike(a: string, b: string): boolean {
  const [a1, a2] = doubleMetaphone(a);
  const [b1, b2] = doubleMetaphone(b);
  return [a1, a2].some((code) => code.length > 0 && (code === b1 || code === b2));
}

/** Similarity of two words, 0–1. */
export function wordSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  const jw = jaroWinkler(a, b);
  // Sounding alike halves the distance: "mohammed"/"muhammad" 0.85 → 0.925, but "mahmoud" and
  // "mohammed" (same code, different names) stay under 0.9.
  if (jw >= 0.75 && soundsAlike(a, b)) return Math.max(jw, 0.5 + jw / 2);
  // A word without vowels was written in a script that leaves them out (Arabic, Hebrew): compare
  // consonants only, and never above "needs review".
  const abjad = !/[aeiou]/.test(a) || !/[aeiou]/.test(b);
  const sa = skeleton(a);
  if (abjad && sa.length >= 2 && sa === skeleton(b)) return Math.max(jw, 0.88);
  return jw;
}

/** The words with one pair of neighbours joined ("abdel rahman" → "abdelrahman"), each way. */
function joined(words: readonly string[]): string[][] {
  const result: string[][] = [];
  for (let i = 0; i + 1 < words.length; i++)
    result.push([...words.slice(0, i), words[i]! + words[i + 1]!, ...words.slice(i + 2)]);
  return result;
}

/**
 * Best one-to-one pairing of the shorter name's words with the longer's (greedy on similarity);
 * the score is the weakest pair's, so every word must be alike ("John Smith" is not "Jane Smith");
 * the longer name's extra words (a middle name) do not count.
 */
function pairedSimilarity(short: readonly string[], long: readonly string[]): number {
  if (short.length === 0) return 0;
  const pairs = short
    .flatMap((s, i) => long.map((l, j) => ({ i, j, score: wordSimilarity(s, l) })))
    .sort((x, y) => y.score - x.score);
  const usedShort = new Set<number>();
  const usedLong = new Set<number>();
  let score = 1;
  for (const p of pairs) {
    if (usedShort.has(p.i) || usedLong.has(p.j)) continue;
    usedShort.add(p.i);
    usedLong.add(p.j);
    score = Math.min(score, p.score);
  }
  return score;
}

/**
 * Similarity of two names, 0–1. When one name has more words, its neighbours may be joined to meet
 * the other ("Abdel Rahman" / "Abdelrahman"; Arabic script's "عبد الله" / "Abdallah"). A one-word
 * name against a longer one scores at most 0.85 unless it is the longer name written as one word:
 * a single given name is not enough to say it is the same person.
 */
export function nameSimilarity(a: string, b: string): number {
  const wa = nameWords(a);
  const wb = nameWords(b);
  const [short, long] = wa.length <= wb.length ? [wa, wb] : [wb, wa];
  let best = pairedSimilarity(short, long);
  if (long.length > short.length)
    for (const fewer of joined(long))
      if (fewer.length >= short.length) best = Math.max(best, pairedSimilarity(short, fewer));
  if (short.length === 1 && long.length > 1) {
    const whole = wordSimilarity(short[0]!, long.join(''));
    best = whole >= 0.97 ? whole : Math.min(best, 0.85);
  }
  return Math.round(best * 1000) / 1000;
}
