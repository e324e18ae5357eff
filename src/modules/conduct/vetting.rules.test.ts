/**
 * C8 (¶124): screening a candidate against the subjects of earlier allegations, tolerant of
 * spelling and transliteration, answers match / review / nothing with its grounds.
 */
import { describe, expect, it } from 'vitest';
import { nameSimilarity } from '../../core/name-match.js';
import {
  compareDatesOfBirth,
  compareDocuments,
  compareIdentities,
  screeningOutcome,
  type PersonIdentity,
} from './vetting.rules.js';

const person = (p: Partial<PersonIdentity> & { names: string[] }): PersonIdentity => ({
  dateOfBirth: null,
  nationality: null,
  document: null,
  ...p,
});

describe('C8 names alike across spelling and transliteration (¶124)', () => {
  it.each([
    ['Mohammed Abdallah', 'Muhammad Abdullah'],
    ['Александр Иванов', 'Alexander Ivanov'],
    ['Youssef El Amrani', 'Yusuf Amrani'],
    ['Abdel Rahman Diallo', 'Abdelrahman Diallo'],
    ['Oumar Traoré', 'Umar Traore'],
    ['Ivanov Alexander', 'Alexander Ivanov'],
    ['Jean-Pierre Mbéki', 'JEAN PIERRE MBEKI'],
  ])('%s ~ %s: strong (≥ 0.90)', (a, b) => {
    expect(nameSimilarity(a, b)).toBeGreaterThanOrEqual(0.9);
  });

  it('Arabic script against its Latin spelling is alike but never strong: vowels are not written', () => {
    const score = nameSimilarity('محمد عبد الله', 'Mohammed Abdallah');
    expect(score).toBeGreaterThanOrEqual(0.8);
    expect(score).toBeLessThan(0.9);
  });

  it.each([
    ['John Smith', 'Jane Smith'],
    ['Pierre Dupont', 'Paul Dupont'],
    ['Kofi Mensah', 'Kwame Mensah'],
    ['Ngozi Okonkwo', 'Chidi Okafor'],
    ['Mahmoud Hassan', 'Mohammed Hassan'],
  ])('%s and %s are not strong: every word must be alike', (a, b) => {
    expect(nameSimilarity(a, b)).toBeLessThan(0.9);
  });

  it('one given name against a full name is at most "alike", never strong', () => {
    expect(nameSimilarity('Mohammed', 'Mohammed Abdallah')).toBeLessThan(0.9);
    expect(nameSimilarity('Abdelrahman', 'Abdel Rahman')).toBe(1);
  });
});

describe('C8 dates of birth and documents', () => {
  it.each([
    ['1985-03-12', '1985-03-12', 'same'],
    ['1985-03-12', '1985-12-03', 'close'],
    ['1985-03-12', '1985-03-13', 'close'],
    ['1985', '1985-03-12', 'close'],
    ['1985-03-12', null, 'unknown'],
    ['1985-03-12', '1979-11-30', 'different'],
    ['1984', '1985-03-12', 'different'],
  ] as const)('%s vs %s: %s', (a, b, expected) => {
    expect(compareDatesOfBirth(a, b)).toBe(expected);
  });

  it('documents: same number whatever its spacing; a different number of the same kind and issuer', () => {
    const p = { type: 'passport', number: 'AB 123-456', issuer: 'SEN' };
    expect(compareDocuments(p, { ...p, number: 'ab123456' })).toBe('same');
    expect(compareDocuments(p, { ...p, number: 'ab123456', issuer: null })).toBe('same');
    expect(compareDocuments(p, { ...p, number: 'XY999999' })).toBe('different');
    expect(compareDocuments(p, { ...p, number: 'XY999999', issuer: 'MLI' })).toBe('unknown');
    expect(compareDocuments(p, null)).toBe('unknown');
  });
});

describe('C8 verdicts', () => {
  const recorded = person({
    names: ['Mohammed Abdallah', 'Abu Yusuf'],
    dateOfBirth: '1985-03-12',
    nationality: 'SEN',
    document: { type: 'passport', number: 'A1234567', issuer: 'SEN' },
  });

  it('same name in another spelling and the same date of birth: match, with the grounds', () => {
    const r = compareIdentities(
      person({ names: ['Muhammad Abdullah'], dateOfBirth: '1985-03-12', nationality: 'SEN' }),
      recorded,
    );
    expect(r.verdict).toBe('match');
    expect(r.grounds).toContainEqual({
      kind: 'name',
      score: 0.925,
      candidateName: 'Muhammad Abdullah',
      recordedName: 'Mohammed Abdallah',
    });
    expect(r.grounds).toContainEqual({ kind: 'date_of_birth', agreement: 'same' });
  });

  it('the same document under another name: match on the document', () => {
    const r = compareIdentities(
      person({
        names: ['Ibrahima Ndiaye'],
        document: { type: 'passport', number: 'a 1234567', issuer: 'SEN' },
      }),
      recorded,
    );
    expect(r.verdict).toBe('match');
    expect(r.grounds[0]).toEqual({ kind: 'document', agreement: 'same' });
  });

  it('strong name with the date of birth unknown, close, or with another nationality: review', () => {
    const name = ['Mohammed Abdallah'];
    expect(compareIdentities(person({ names: name }), recorded).verdict).toBe('review');
    expect(
      compareIdentities(person({ names: name, dateOfBirth: '1985-12-03' }), recorded).verdict,
    ).toBe('review');
    expect(
      compareIdentities(
        person({ names: name, dateOfBirth: '1985-03-12', nationality: 'MLI' }),
        recorded,
      ).verdict,
    ).toBe('review');
  });

  it('Arabic script with the same date of birth: review, not match', () => {
    const r = compareIdentities(
      person({ names: ['محمد عبد الله'], dateOfBirth: '1985-03-12' }),
      recorded,
    );
    expect(r.verdict).toBe('review');
  });

  it('the same name with another date of birth, or another name with the same date: nothing', () => {
    expect(
      compareIdentities(
        person({ names: ['Mohammed Abdallah'], dateOfBirth: '1970-06-01' }),
        recorded,
      ).verdict,
    ).toBeNull();
    expect(
      compareIdentities(person({ names: ['Ousmane Sow'], dateOfBirth: '1985-03-12' }), recorded)
        .verdict,
    ).toBeNull();
  });

  it('a different passport of the same issuer and a different date of birth rule a name out', () => {
    const r = compareIdentities(
      person({
        names: ['Mohammed Abdallah'],
        dateOfBirth: '1990-01-01',
        document: { type: 'passport', number: 'B7654321', issuer: 'SEN' },
      }),
      recorded,
    );
    expect(r.verdict).toBeNull();
  });

  it('the screening answers match over review over no match', () => {
    expect(screeningOutcome([null, 'review', 'match'])).toBe('match');
    expect(screeningOutcome([null, 'review'])).toBe('review');
    expect(screeningOutcome([null])).toBe('no_match');
    expect(screeningOutcome([])).toBe('no_match');
  });
});
