/**
 * The incident form: what it sends, and the server's refusal shown field by field in the reader's
 * language (the API's codes, translated), with nothing the user typed lost.
 */
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { apiError, json, renderWith, stubApi } from '../../test/render.js';
import { IncidentForm } from './IncidentForm.js';

const noop = () => undefined;

function renderForm(locale: 'en' | 'fr' | 'ar' = 'en') {
  const onSaved = vi.fn();
  renderWith(
    <IncidentForm
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
    expect(message?.textContent).toBe('Au plus 90');
    const when = screen.getByLabelText('Quand');
    expect(document.getElementById(when.getAttribute('aria-describedby')!)?.textContent).toBe(
      'Obligatoire',
    );
    expect(screen.getByRole('alert').textContent).toContain('Certains champs sont à corriger');
    expect((latitude as HTMLInputElement).value).toBe('95');
    expect(onSaved).not.toHaveBeenCalled();
  });
});
