/**
 * The planner's forms on the mandates page (D1, D2): record a mandate, add a task to it, add a
 * benchmark to a task. Each answers with the mandate as it now stands; a refusal names its field.
 */
import { useState, type FormEvent } from 'react';
import type { Mandate } from '../../../modules/mandates/mandate.schema.js';
import { useI18n } from '../../i18n/i18n.js';
import { api } from '../../lib/api-client.js';

type Act = (call: () => Promise<unknown>) => Promise<void>;
const areas = ['political', 'security', 'protection', 'other'] as const;

export function NewMandateForm({ act }: { act: Act }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  if (!open)
    return (
      <button type="button" className="secondary" onClick={() => setOpen(true)}>
        {t('mandates.new')}
      </button>
    );
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    void act(() =>
      api('POST', '/api/mandates', {
        resolution: String(f.get('resolution')),
        title: String(f.get('title')),
        adoptedOn: String(f.get('adoptedOn')),
        expiresOn: String(f.get('expiresOn')),
        sequenced: f.get('sequenced') === 'on',
        assessmentEveryMonths: Number(f.get('every')),
      }),
    );
  };
  return (
    <form className="card" onSubmit={submit} aria-label={t('mandates.new')}>
      <label>
        {t('mandates.form.resolution')}{' '}
        <input name="resolution" required placeholder="2149 (2014)" dir="ltr" />
      </label>
      <label>
        {t('mandates.form.title')} <input name="title" required maxLength={300} />
      </label>
      <label>
        {t('mandates.form.adoptedOn')} <input type="date" name="adoptedOn" required />
      </label>
      <label>
        {t('mandates.form.expiresOn')} <input type="date" name="expiresOn" required />
      </label>
      <label>
        <input type="checkbox" name="sequenced" defaultChecked /> {t('mandates.sequenced')}
      </label>
      <label>
        {t('mandates.form.every')}{' '}
        <input type="number" name="every" min={1} max={24} defaultValue={6} required />
      </label>
      <button type="submit">{t('mandates.form.record')}</button>
    </form>
  );
}

export function AddTaskForm({ m, act }: { m: Mandate; act: Act }) {
  const { t } = useI18n();
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    const form = e.currentTarget;
    void act(async () => {
      await api('POST', `/api/mandates/${m.id}/tasks`, {
        code: String(f.get('code')),
        title: String(f.get('title')),
        area: String(f.get('area')),
        phase: Number(f.get('phase')),
      });
      form.reset();
    });
  };
  return (
    <form className="inline-form" onSubmit={submit} aria-label={t('mandates.form.addTask')}>
      <label>
        {t('mandates.form.code')} <input name="code" required maxLength={20} size={6} dir="ltr" />
      </label>
      <label>
        {t('mandates.task')} <input name="title" required maxLength={500} />
      </label>
      <label>
        {t('mandates.form.area')}{' '}
        <select name="area" defaultValue="protection">
          {areas.map((a) => (
            <option key={a} value={a}>
              {t(`mandates.area.${a}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('mandates.phase')}{' '}
        <input type="number" name="phase" min={1} max={3} defaultValue={1} required />
      </label>
      <button type="submit">{t('mandates.form.addTask')}</button>
    </form>
  );
}

export function AddBenchmarkForm({ m, act }: { m: Mandate; act: Act }) {
  const { t } = useI18n();
  if (m.tasks.length === 0) return null;
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    const form = e.currentTarget;
    void act(async () => {
      await api('POST', `/api/mandates/tasks/${String(f.get('task'))}/benchmarks`, {
        title: String(f.get('title')),
      });
      form.reset();
    });
  };
  return (
    <form className="inline-form" onSubmit={submit} aria-label={t('mandates.form.addBenchmark')}>
      <label>
        {t('mandates.task')}{' '}
        <select name="task">
          {m.tasks.map((task) => (
            <option key={task.id} value={task.id}>
              {task.code} {task.title}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('mandates.form.benchmark')} <input name="title" required maxLength={500} />
      </label>
      <button type="submit">{t('mandates.form.addBenchmark')}</button>
    </form>
  );
}
