/**
 * Issue 18: the audit log says what each record is and what was done, in the reader's language —
 * not the same shortened id for every record (UUIDv7 ids share their time prefix) nor raw codes.
 */
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { json, missionFixture, renderWith, signedIn, stubApi } from '../../test/render.js';
import { AuditPage } from './AuditPage.js';

const entry = (
  seq: number,
  action: string,
  [recordType, recordId]: [string | null, string | null],
) => ({
  seq,
  id: `e${seq}`,
  at: '2026-12-01T10:00:00.000Z',
  actorId: 'u1',
  actorLabel: 'admin',
  action,
  outcome: 'ok',
  recordType,
  recordId,
  missionId: null,
  digest: null,
  hash: 'h',
});

describe('the audit log', () => {
  it('names actions and records in words; records that share a time prefix stay apart', async () => {
    stubApi({
      'GET /api/audit': json({
        items: [
          entry(3, 'conduct.case.evidence-gathered', [
            'conduct_case',
            '019a0000-0000-7000-8000-00000000aaa1',
          ]),
          entry(2, 'conduct.case.receive', [
            'conduct_case',
            '019a0000-0000-7000-8000-00000000bbb2',
          ]),
          entry(1, 'missions.mission.create', ['mission', 'm1']),
          entry(0, 'something.new.unknown-verb', [null, null]),
        ],
        nextCursor: null,
      }),
      'GET /api/missions': json({
        items: [missionFixture('m1', 'MINUSCA')],
      }),
    });
    renderWith(<AuditPage {...signedIn(['audit:read', 'missions:read'])} />, { locale: 'fr' });
    expect(await screen.findByText('Dossier de conduite : preuves recueillies')).toBeTruthy();
    expect(screen.getByText('Dossier de conduite : reçu')).toBeTruthy();
    expect(await screen.findByText('Mission MINUSCA')).toBeTruthy();
    expect(screen.getByText('Dossier de conduite …00aaa1')).toBeTruthy();
    expect(screen.getByText('Dossier de conduite …00bbb2')).toBeTruthy();
    // A code no catalog knows yet is shown as it is, never as a message key.
    expect(screen.getByText('something.new.unknown-verb')).toBeTruthy();
  });
});
