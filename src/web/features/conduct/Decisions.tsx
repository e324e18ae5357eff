/** C3: the repatriation decisions the pattern rule raised, waiting for someone to take them. */
import { useCallback, useEffect, useState, type FormEvent } from 'react';
import type { Measure } from '../../../modules/conduct/measure.schema.js';
import { ErrorNotice } from '../../components/ErrorNotice.js';
import { Field } from '../../components/Field.js';
import { useI18n } from '../../i18n/i18n.js';
import { api } from '../../lib/api-client.js';
import { CodeSelect } from '../../components/CodeSelect.js';

export function Decisions() {
  const { t } = useI18n();
  const [items, setItems] = useState<Measure[]>([]);
  const [error, setError] = useState<unknown>(null);
  const load = useCallback(async () => {
    setItems(
      (await api<{ items: Measure[] }>('GET', '/api/conduct/measures?pendingDecisions=true')).items,
    );
  }, []);
  useEffect(() => {
    load().catch(setError);
  }, [load]);
  if (items.length === 0 && !error) return null;
  const decide = async (e: FormEvent<HTMLFormElement>, m: Measure) => {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    try {
      await api('POST', `/api/conduct/measures/${m.id}/decision`, {
        version: m.version,
        decision: String(f.get('decision')),
        reason: String(f.get('reason') ?? ''),
      });
      setError(null);
      await load();
    } catch (err) {
      setError(err);
    }
  };
  return (
    <section
      className="card notice-error"
      aria-label={t('measures.decisions')}
      data-testid="decisions"
    >
      <h2>{t('measures.decisions')}</h2>
      <ErrorNotice error={error} />
      {items.map((m) => (
        <form key={m.id} onSubmit={(e) => void decide(e, m)} className="inline-form" noValidate>
          <p>
            <strong>
              {t('measures.against', { contributor: m.contributor ?? '', unit: m.unit ?? '' })}
            </strong>{' '}
            {t('measures.decisionsIntro', {
              allegations: Number(m.basis.allegations ?? 0),
              months: Number(m.basis.months ?? 0),
            })}
          </p>
          <CodeSelect
            label={t('measures.decide')}
            name="decision"
            codes={['repatriate', 'not_repatriate']}
            prefix="measures.decision."
          />
          <Field label={t('measures.reason')} name="reason" />
          <button type="submit">{t('measures.decide')}</button>
        </form>
      ))}
    </section>
  );
}
