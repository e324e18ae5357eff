import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  entryHash,
  genesisHash,
  verifyChain,
  type ChainedEntry,
  type EntryFields,
} from './audit.chain.js';

function buildLog(actions: string[]): ChainedEntry[] {
  const entries: ChainedEntry[] = [];
  let prev = genesisHash;
  actions.forEach((action, i) => {
    const fields: EntryFields = {
      seq: i + 1,
      id: `id-${i}`,
      at: new Date(Date.UTC(2026, 0, 1, 0, i)).toISOString(),
      actorId: `u${i % 3}`,
      actorLabel: `session:u${i % 3}`,
      action,
      outcome: 'ok',
      recordType: 'mission',
      recordId: `m${i}`,
      missionId: 'm',
      digest: null,
    };
    const hash = entryHash(prev, fields);
    entries.push({ ...fields, prevHash: prev, hash });
    prev = hash;
  });
  return entries;
}

const head = (log: ChainedEntry[]) => ({
  seq: log.length,
  hash: log[log.length - 1]?.hash ?? genesisHash,
});
const logArb = fc.array(fc.string({ minLength: 1, maxLength: 12 }), {
  minLength: 2,
  maxLength: 40,
});

describe('audit hash chain (S6, ASVS 16.4.2 log integrity)', () => {
  it('an untouched log verifies', () => {
    fc.assert(
      fc.property(logArb, (actions) => {
        const log = buildLog(actions);
        expect(verifyChain(log, head(log))).toMatchObject({
          ok: true,
          count: log.length,
          firstBreak: null,
        });
      }),
    );
  });

  it('editing any field of any single entry is detected at that entry', () => {
    const fields = ['action', 'actorLabel', 'recordId', 'at', 'outcome'] as const;
    fc.assert(
      fc.property(logArb, fc.nat(), fc.constantFrom(...fields), (actions, pos, field) => {
        const log = buildLog(actions);
        const i = pos % log.length;
        const entry = log[i]!;
        const changed = field === 'outcome' ? 'denied' : `${String(entry[field])}x`;
        log[i] = { ...entry, [field]: changed };
        const verdict = verifyChain(log, head(buildLog(actions)));
        expect(verdict.ok).toBe(false);
        expect(verdict.firstBreak).toMatchObject({ seq: i + 1, kind: 'edited' });
      }),
    );
  });

  it('removing any single entry is detected', () => {
    fc.assert(
      fc.property(logArb, fc.nat(), (actions, pos) => {
        const original = buildLog(actions);
        const i = pos % original.length;
        const log = original.filter((_, j) => j !== i);
        const verdict = verifyChain(log, head(original));
        expect(verdict.ok).toBe(false);
        expect(verdict.firstBreak!.seq).toBe(i + 1);
        expect(['removed', 'truncated']).toContain(verdict.firstBreak!.kind);
      }),
    );
  });

  it('swapping any two entries is detected (seq numbers kept or swapped)', () => {
    fc.assert(
      fc.property(logArb, fc.nat(), fc.nat(), fc.boolean(), (actions, a, b, keepSeq) => {
        const original = buildLog(actions);
        const i = a % original.length;
        const j = b % original.length;
        fc.pre(i !== j && original[i]!.action !== original[j]!.action);
        const log = [...original];
        const [x, y] = [log[i]!, log[j]!];
        log[i] = keepSeq ? { ...y, seq: x.seq } : y;
        log[j] = keepSeq ? { ...x, seq: y.seq } : x;
        const verdict = verifyChain(log, head(original));
        expect(verdict.ok).toBe(false);
        expect(verdict.firstBreak!.seq).toBe(Math.min(i, j) + 1);
      }),
    );
  });

  it('cutting the tail is detected by the head', () => {
    const log = buildLog(['a', 'b', 'c']);
    expect(verifyChain(log.slice(0, 2), head(log)).firstBreak).toMatchObject({
      kind: 'truncated',
      seq: 3,
    });
  });
});
