/**
 * K6: a mission's statement of unit requirements — at headquarters for the mission chosen here —
 * with what force selection (K5) checks: the tasks no caveat may restrict, the major equipment and
 * self-sustainment the unit must bring.
 */
import type { Mission } from '../../../modules/missions/mission.schema.js';
import { ErrorNotice, useFieldErrors } from '../../components/ErrorNotice.js';
import { Field } from '../../components/Field.js';
import { useI18n } from '../../i18n/i18n.js';
import type { MessageKey } from '../../i18n/en.js';
import { api } from '../../lib/api-client.js';
import { CodeSelect } from '../../components/CodeSelect.js';
import { field, useSubmit } from '../../components/useSubmit.js';
import { caveatTasks } from '../../../modules/capabilities/caveat.rules.js';
import { capabilityTypes } from '../../../modules/capabilities/pledge.schema.js';

const requiredTasks = caveatTasks.filter((t) => t !== 'other');

/** "a; b; c" as a list. */
const listOf = (text: string) =>
  text
    .split(';')
    .map((x) => x.trim())
    .filter(Boolean);

/** "Armoured personnel carrier: 10; Water purification: 2" as items and quantities. */
const equipmentOf = (text: string) =>
  listOf(text).map((entry) => {
    const at = entry.lastIndexOf(':');
    return at < 0
      ? { item: entry, quantity: 1 }
      : { item: entry.slice(0, at).trim(), quantity: Number(entry.slice(at + 1).trim()) };
  });

/** K6: a mission's statement of unit requirements; at headquarters, for the mission chosen here. */
export function RequirementForm({ missions, onDone }: { missions: Mission[]; onDone: () => void }) {
  const { t } = useI18n();
  const { error, submit } = useSubmit(onDone);
  const fieldError = useFieldErrors(error);
  return (
    <form
      className="card"
      noValidate
      aria-label={t('readiness.newRequirement')}
      onSubmit={(e) =>
        void submit(e, (f) =>
          api('POST', '/api/capabilities/requirements', {
            missionId: field(f, 'missionId') || undefined,
            reference: field(f, 'reference'),
            capability: field(f, 'capability'),
            strength: Number(field(f, 'strength')),
            tasks: listOf(field(f, 'tasks')),
            location: field(f, 'location'),
            deadline: field(f, 'deadline'),
            taskKinds: f.getAll('taskKinds').map(String),
            majorEquipment: equipmentOf(field(f, 'majorEquipment')),
            selfSustainment: listOf(field(f, 'selfSustainment')),
          }),
        )
      }
    >
      <ErrorNotice error={error} />
      <CodeSelect
        label={t('capabilities.mission')}
        name="missionId"
        codes={missions.map((m) => m.id)}
        prefix={(id) => missions.find((m) => m.id === id)!.acronym}
        error={fieldError('missionId')}
      />
      <Field label={t('readiness.reference')} name="reference" error={fieldError('reference')} />
      <CodeSelect
        label={t('readiness.capabilityLabel')}
        name="capability"
        codes={capabilityTypes}
        prefix="readiness.capability."
      />
      <Field
        label={t('readiness.strengthLabel')}
        name="strength"
        type="number"
        min={1}
        error={fieldError('strength')}
      />
      <Field label={t('readiness.tasks')} name="tasks" error={fieldError('tasks')} />
      <fieldset className="field">
        <legend>{t('readiness.taskKinds')}</legend>
        {requiredTasks.map((task) => (
          <label key={task} className="checkbox">
            <input type="checkbox" name="taskKinds" value={task} />{' '}
            {t(`caveats.task.${task}` as MessageKey)}
          </label>
        ))}
      </fieldset>
      <Field
        label={t('readiness.equipmentNeeded')}
        name="majorEquipment"
        placeholder="Armoured personnel carrier: 10"
        error={fieldError('majorEquipment')}
      />
      <Field
        label={t('readiness.selfSustainmentNeeded')}
        name="selfSustainment"
        placeholder="catering; accommodation"
        error={fieldError('selfSustainment')}
      />
      <Field label={t('readiness.location')} name="location" error={fieldError('location')} />
      <Field
        label={t('readiness.deadline')}
        name="deadline"
        type="date"
        error={fieldError('deadline')}
      />
      <button type="submit">{t('readiness.newRequirement')}</button>
    </form>
  );
}
