/**
 * The incident form: what it sends, and the server's refusal shown field by field in the reader's
 * language (the API's codes, translated), with nothing the user typed lost.
 */
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import {
  apiError,
  json,
  missionFixture,
  renderWith,
  signedIn,
  stubApi,
} from '../../test/render.js';
import { IncidentForm } from './IncidentForm.js';

const noop = () => undefined;

function renderForm(locale: 'en' | 'fr' | 'ar' = 'en', missionId: string | null = 'm1') {
  const onSaved = vi.fn();
  const { me } = signedIn(['incidents:write'], missionId);
  if (missionId === null)
    me.views = [
      { missionId: null, acronym: 'HQ', name: 'Headquarters', roles: [] },
      { missionId: 'm1', acronym: 'MINUSCA', name: 'MINUSCA', roles: ['analyst'] },
    ];
  renderWith(
    <IncidentForm
      me={me}
      incident={null}
      picked={null}
      picking={false}
      onPickToggle={noop}
      onSaved={onSaved}
      onCancel={noop}
    />,
    { locale },
  );
  return { onSaved };
}

const fill = (label: string | RegExp, value: string) =>
  fireEvent.change(screen.getByLabelText(label), { target: { value } });

describe('IncidentForm', () => {
  it('sends the fields as the API reads them and hands back the saved incident', async () => {
    const sent = stubApi({ 'POST /api/incidents': json({ id: 'i-1' }, 201) });
    const { onSaved } = renderForm();
    fill('When', '2026-03-01T10:30');
    fill('Category', 'violence_against_civilians');
    fill('Latitude', '6.5');
    fill('Longitude', '20.1');
    fill('Civilians: Killed', '3');
    fill(/^Perpetrators/, 'Group A; Group B');
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalledWith({ id: 'i-1' }));
    expect(sent[0]!.body).toMatchObject({
      occurredAt: '2026-03-01T10:30:00Z',
      category: 'violence_against_civilians',
      location: { latitude: 6.5, longitude: 20.1, precision: 'exact' },
      casualties: { civilians: { killed: 3, injured: 0, abducted: 0 } },
      actors: [
        { name: 'Group A', role: 'perpetrator' },
        { name: 'Group B', role: 'perpetrator' },
      ],
      sources: [],
    });
  });

  it('at headquarters asks for the mission, preselects the one the user works in, and sends it', async () => {
    const mission = missionFixture;
    const sent = stubApi({
      'GET /api/missions': json({ items: [mission('m2', 'MONUSCO'), mission('m1', 'MINUSCA')] }),
      'POST /api/incidents': json({ id: 'i-2' }, 201),
    });
    const { onSaved } = renderForm('en', null);
    // The select is drawn again once the missions arrive, with the user's own mission chosen.
    await waitFor(() =>
      expect((screen.getByLabelText('Mission') as HTMLSelectElement).value).toBe('m1'),
    );
    fill('Mission', 'm2');
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalledWith({ id: 'i-2' }));
    expect(sent.find((r) => r.method === 'POST')!.body).toMatchObject({ missionId: 'm2' });
  });

  it('in a mission asks for no mission and sends none', async () => {
    const sent = stubApi({ 'POST /api/incidents': json({ id: 'i-3' }, 201) });
    renderForm('en', 'm1');
    expect(screen.queryByLabelText('Mission')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]!.body).not.toHaveProperty('missionId');
  });

  it('shows each refused field’s message beside it, in French, and keeps what was typed', async () => {
    stubApi({
      'POST /api/incidents': apiError(400, {
        code: 'validation_failed',
        message: 'location.latitude: at most 90',
        details: [
          {
            path: 'location.latitude',
            message: 'Number must be at most 90',
            code: 'too_big',
            params: { maximum: 90 },
          },
          { path: 'occurredAt', message: 'Required', code: 'required' },
        ],
      }),
    });
    const { onSaved } = renderForm('fr');
    fill('Latitude', '95');
    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer' }));
    const latitude = screen.getByLabelText('Latitude');
    await waitFor(() => expect(latitude.getAttribute('aria-invalid')).toBe('true'));
    const message = document.getElementById(latitude.getAttribute('aria-describedby')!);
    expect(message?.textContent).toBe('Saisissez 90 ou moins');
    const when = screen.getByLabelText('Quand');
    expect(document.getElementById(when.getAttribute('aria-describedby')!)?.textContent).toBe(
      'À remplir',
    );
    expect(screen.getByRole('alert').textContent).toContain('Certains champs sont à corriger');
    expect((latitude as HTMLInputElement).value).toBe('95');
    expect(onSaved).not.toHaveBeenCalled();
  });
});
