/** C1, C2 (¶119) and the case workflow, as pure rules. */
import { describe, expect, it } from 'vitest';
import { isDomainError } from '../../core/errors.js';
import {
  addMonths,
  assertCaseTransition,
  caseClocks,
  caseCategory,
  dueDates,
  investigationDays,
} from './case.rules.js';
import { caseStatuses, defaultClockSettings, type ChangeCaseStatusInput } from './case.schema.js';

const received = new Date('2026-03-01T10:00:00Z');
const at = (iso: string) => new Date(iso);

function codeOf(work: () => void): string | null {
  try {
    work();
    return null;
  } catch (error) {
    return isDomainError(error) ? error.code : 'other';
  }
}

describe('C1: evidence gathered within 72 hours of receipt (¶119)', () => {
  const { evidenceDueAt, investigationDueAt } = dueDates(received, defaultClockSettings);
  const clocks = (now: string, gathered: string | null) =>
    caseClocks(
      {
        status: 'received',
        evidenceDueAt,
        investigationDueAt,
        evidenceGatheredAt: gathered ? at(gathered) : null,
        investigationConcludedAt: null,
        manual: true,
      },
      at(now),
    ).evidence;

  it('falls due 72 hours after receipt', () => {
    expect(evidenceDueAt.toISOString()).toBe('2026-03-04T10:00:00.000Z');
  });
  it('runs, is due soon in its last day, then overdue', () => {
    expect(clocks('2026-03-02T10:00:00Z', null).state).toBe('running');
    expect(clocks('2026-03-03T10:00:00Z', null).state).toBe('due_soon');
    expect(clocks('2026-03-04T10:00:01Z', null).state).toBe('overdue');
  });
  it('stops when evidence is gathered: met on time, missed late', () => {
    expect(clocks('2026-05-01T00:00:00Z', '2026-03-04T10:00:00Z').state).toBe('met');
    expect(clocks('2026-05-01T00:00:00Z', '2026-03-04T10:00:01Z').state).toBe('missed');
  });
  it('a mission may set its own hours', () => {
    expect(
      dueDates(received, { evidenceHours: 48, investigationMonths: 6 }).evidenceDueAt.toISOString(),
    ).toBe('2026-03-03T10:00:00.000Z');
  });
  it('an imported case whose source has no evidence date says "not recorded", never "overdue"', () => {
    const imported = caseClocks(
      {
        status: 'under_investigation',
        evidenceDueAt,
        investigationDueAt,
        evidenceGatheredAt: null,
        investigationConcludedAt: null,
        manual: false,
      },
      at('2027-01-01T00:00:00Z'),
    );
    expect(imported.evidence.state).toBe('not_recorded');
    expect(imported.investigation.state).toBe('overdue');
  });
  it('C1: a case concluded with no evidence date recorded stops its evidence clock: "not recorded", not "running"', () => {
    const concluded = caseClocks(
      {
        status: 'investigation_concluded',
        evidenceDueAt,
        investigationDueAt,
        evidenceGatheredAt: null,
        investigationConcludedAt: at('2026-03-01T12:00:00Z'),
        manual: true,
      },
      at('2026-03-01T13:00:00Z'),
    );
    expect(concluded.evidence.state).toBe('not_recorded');
    expect(concluded.investigation.state).toBe('met');
  });
});

describe('C2: investigation concluded within 6 months (¶119)', () => {
  it('falls due six calendar months after receipt, clamped to the end of a short month', () => {
    expect(dueDates(received, defaultClockSettings).investigationDueAt.toISOString()).toBe(
      '2026-09-01T10:00:00.000Z',
    );
    expect(addMonths(at('2026-08-31T00:00:00Z'), 6).toISOString()).toBe('2027-02-28T00:00:00.000Z');
    expect(addMonths(at('2027-08-31T00:00:00Z'), 6).toISOString()).toBe('2028-02-29T00:00:00.000Z');
  });
  it('is due soon in its last 30 days, overdue after, met or missed when concluded', () => {
    const { evidenceDueAt, investigationDueAt } = dueDates(received, defaultClockSettings);
    const state = (now: string, concluded: string | null, status = 'under_investigation') =>
      caseClocks(
        {
          status: status as 'under_investigation',
          evidenceDueAt,
          investigationDueAt,
          evidenceGatheredAt: at('2026-03-02T00:00:00Z'),
          investigationConcludedAt: concluded ? at(concluded) : null,
          manual: true,
        },
        at(now),
      ).investigation.state;
    expect(state('2026-07-01T00:00:00Z', null)).toBe('running');
    expect(state('2026-08-15T00:00:00Z', null)).toBe('due_soon');
    expect(state('2026-09-02T00:00:00Z', null)).toBe('overdue');
    expect(state('2027-01-01T00:00:00Z', '2026-08-30T00:00:00Z')).toBe('met');
    expect(state('2027-01-01T00:00:00Z', '2026-09-30T00:00:00Z')).toBe('missed');
    expect(state('2027-01-01T00:00:00Z', null, 'closed')).toBe('not_applicable');
  });
  it('counts investigation days as whole days begun', () => {
    expect(investigationDays(received, at('2026-03-01T10:00:00Z'))).toBe(0);
    expect(investigationDays(received, at('2026-03-02T09:00:00Z'))).toBe(1);
    expect(investigationDays(received, at('2026-09-01T10:00:00Z'))).toBe(184);
  });
});

describe('the case workflow', () => {
  const input = (status: string, extra: Partial<ChangeCaseStatusInput> = {}) =>
    ({ version: 1, status, reason: '', ...extra }) as ChangeCaseStatusInput;
  const allowed: Record<string, string[]> = {
    received: ['under_investigation', 'closed'],
    under_investigation: ['investigation_concluded'],
    investigation_concluded: ['closed', 'under_investigation'],
    closed: ['under_investigation'],
  };

  it('every transition not allowed is refused with invalid_state', () => {
    for (const from of caseStatuses)
      for (const to of caseStatuses) {
        const complete = input(to, {
          reason: 'because',
          investigatingEntity: 'oios',
          finding: 'unsubstantiated',
        });
        const code = codeOf(() =>
          assertCaseTransition({ status: from, finding: null, finalActions: [] }, complete),
        );
        expect([from, to, code]).toEqual([
          from,
          to,
          allowed[from]!.includes(to) ? null : 'invalid_state',
        ]);
      }
  });

  it('each allowed step needs what it stands for', () => {
    const fresh = { status: 'received' as const, finding: null, finalActions: [] };
    expect(codeOf(() => assertCaseTransition(fresh, input('under_investigation')))).toBe(
      'validation_failed',
    );
    expect(codeOf(() => assertCaseTransition(fresh, input('closed')))).toBe('validation_failed');
    const investigating = { ...fresh, status: 'under_investigation' as const };
    expect(
      codeOf(() => assertCaseTransition(investigating, input('investigation_concluded'))),
    ).toBe('validation_failed');
    const substantiated = {
      status: 'investigation_concluded' as const,
      finding: 'substantiated',
      finalActions: [],
    };
    expect(codeOf(() => assertCaseTransition(substantiated, input('closed')))).toBe(
      'validation_failed',
    );
    expect(
      codeOf(() =>
        assertCaseTransition(
          substantiated,
          input('closed', { finalActions: [{ by: 'un', action: 'Repatriation', count: 1 }] }),
        ),
      ),
    ).toBeNull();
    expect(codeOf(() => assertCaseTransition(substantiated, input('under_investigation')))).toBe(
      'validation_failed',
    );
  });

  it('a case alleging both is counted under sexual abuse, the graver category', () => {
    expect(caseCategory([{ category: 'sexual_exploitation' }, { category: 'sexual_abuse' }])).toBe(
      'sexual_abuse',
    );
    expect(caseCategory([{ category: 'sexual_exploitation' }])).toBe('sexual_exploitation');
  });
});
