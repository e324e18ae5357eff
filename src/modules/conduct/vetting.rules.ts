/**
 * C8 (¶124): does a candidate for deployment look like a subject of an earlier allegation? Pure
 * rules; no I/O. The answer per recorded subject is match, review or nothing, with its grounds:
 * - the same identity document (number, and issuer where both give one) — match;
 * - a name alike at 0.90 or more (name-match.ts) and the same date of birth — match, lowered to
 *   review when both nationalities are known and differ;
 * - a name alike at 0.90 or more with a date of birth close (same year where one gives only the
 *   year, day and month swapped, one digit off) or unknown on either side — review;
 * - a name alike at 0.80 or more and the same date of birth — review;
 * - anything else — nothing; a different date of birth rules a person out whatever the name
 *   (unless the document is the same), so names are compared only when the dates allow it.
 */
import { nameSimilarity } from '../../core/name-match.js';

export const strongName = 0.9;
export const weakName = 0.8;

export interface IdentityDocument {
  type: string;
  number: string;
  /** ISO 3166 alpha-3 of the issuing State, or null. */
  issuer: string | null;
}

/** Who a candidate or a recorded subject is, as far as it is known. */
export interface PersonIdentity {
  /** The name, then other names and spellings. */
  names: readonly string[];
  /** YYYY-MM-DD or YYYY, or null. */
  dateOfBirth: string | null;
  nationality: string | null;
  document: IdentityDocument | null;
}

export type Agreement = 'same' | 'close' | 'unknown' | 'different';

export type Ground =
  | { kind: 'document'; agreement: Agreement }
  | { kind: 'name'; score: number; candidateName: string; recordedName: string }
  | { kind: 'date_of_birth'; agreement: Agreement }
  | { kind: 'nationality'; agreement: Agreement };

export type Verdict = 'match' | 'review';

export interface Comparison {
  verdict: Verdict | null;
  grounds: Ground[];
}

/** Two dates of birth: same, close (a likely slip), unknown (either missing) or different. */
export function compareDatesOfBirth(a: string | null, b: string | null): Agreement {
  if (!a || !b) return 'unknown';
  if (a === b) return 'same';
  if (a.length === 4 || b.length === 4)
    return a.slice(0, 4) === b.slice(0, 4) ? 'close' : 'different';
  const [ay, am, ad] = a.split('-');
  const [by, bm, bd] = b.split('-');
  if (ay === by && am === bd && ad === bm) return 'close';
  const a8 = a.replace(/-/g, '');
  const b8 = b.replace(/-/g, '');
  const differing = [...a8].filter((ch, i) => ch !== b8[i]).length;
  return differing === 1 ? 'close' : 'different';
}

const documentNumber = (n: string) => n.toUpperCase().replace(/[^A-Z0-9]/g, '');

/** Two documents: same number (and issuer, where both say), different (same kind and issuer), or unknown. */
export function compareDocuments(
  a: IdentityDocument | null,
  b: IdentityDocument | null,
): Agreement {
  if (!a || !b) return 'unknown';
  const issuersAgree = !a.issuer || !b.issuer || a.issuer === b.issuer;
  const sameNumber = documentNumber(a.number) === documentNumber(b.number);
  if (sameNumber && issuersAgree) return 'same';
  if (a.type === b.type && a.issuer && a.issuer === b.issuer) return 'different';
  return 'unknown';
}

function compareNationalities(a: string | null, b: string | null): Agreement {
  if (!a || !b) return 'unknown';
  return a.toUpperCase() === b.toUpperCase() ? 'same' : 'different';
}

function bestName(candidate: PersonIdentity, recorded: PersonIdentity) {
  let best = { score: 0, candidateName: '', recordedName: '' };
  for (const c of candidate.names)
    for (const r of recorded.names) {
      const score = nameSimilarity(c, r);
      if (score > best.score) best = { score, candidateName: c, recordedName: r };
    }
  return best;
}

function verdictOf(name: number, dob: Agreement, nationality: Agreement): Verdict | null {
  if (name >= strongName && dob === 'same') return nationality === 'different' ? 'review' : 'match';
  if (name >= strongName && (dob === 'close' || dob === 'unknown')) return 'review';
  if (name >= weakName && dob === 'same') return 'review';
  return null;
}

/** A candidate against one recorded subject. */
export function compareIdentities(candidate: PersonIdentity, recorded: PersonIdentity): Comparison {
  const document = compareDocuments(candidate.document, recorded.document);
  const dob = compareDatesOfBirth(candidate.dateOfBirth, recorded.dateOfBirth);
  const nationality = compareNationalities(candidate.nationality, recorded.nationality);
  // A different date of birth rules a person out unless the document is the same: no need to
  // compare names (the costly part of a screening over thousands of subjects).
  if (document !== 'same' && dob === 'different')
    return {
      verdict: null,
      grounds: [
        { kind: 'document', agreement: document },
        { kind: 'date_of_birth', agreement: dob },
        { kind: 'nationality', agreement: nationality },
      ],
    };
  const name = bestName(candidate, recorded);
  const grounds: Ground[] = [
    { kind: 'document', agreement: document },
    { kind: 'name', ...name },
    { kind: 'date_of_birth', agreement: dob },
    { kind: 'nationality', agreement: nationality },
  ];
  if (document === 'same') return { verdict: 'match', grounds };
  return { verdict: verdictOf(name.score, dob, nationality), grounds };
}

/** The screening's answer from its hits: any match, else any review, else no match. */
export function screeningOutcome(
  verdicts: readonly (Verdict | null)[],
): 'match' | 'review' | 'no_match' {
  if (verdicts.includes('match')) return 'match';
  if (verdicts.includes('review')) return 'review';
  return 'no_match';
}
