/** C9: who is on the case (its compartment), and adding an investigator to it. Officers only. */
import { CaseTeam as Team } from '../../../modules/conduct/case.schema.js';
import { ErrorNotice } from '../../components/ErrorNotice.js';
import { useI18n } from '../../i18n/i18n.js';
import { api, ApiError } from '../../lib/api-client.js';
import { field, useSubmit } from '../../components/useSubmit.js';
import { useApi, useInvalidate } from '../../lib/query.js';

export function CaseTeam({ caseId }: { caseId: string }) {
  const { t } = useI18n();
  const read = useApi(`/api/conduct/cases/${caseId}/team`, Team);
  const invalidate = useInvalidate();
  const { error, submit } = useSubmit(() => invalidate(`/api/conduct/cases/${caseId}/team`));
  // Investigators may not change the team: the read answers 403 and the section stays hidden.
  if (read.error instanceof ApiError && read.error.status === 403) return null;
  if (read.error) return <ErrorNotice error={read.error} />;
  const team = read.data;
  if (!team) return null;
  return (
    <section aria-label={t('conduct.team.title')} data-testid="case-team">
      <h3>{t('conduct.team.title')}</h3>
      <ErrorNotice error={error} />
      <p>{team.members.map((m) => m.username).join(', ')}</p>
      {team.compartmentId && team.candidates.length > 0 ? (
        <form
          className="inline-form"
          noValidate
          onSubmit={(e) =>
            void submit(e, (f) =>
              api('POST', `/api/compartments/${team.compartmentId}/members`, {
                userId: field(f, 'userId'),
              }),
            )
          }
        >
          <div className="field">
            <label htmlFor={`team-${caseId}`}>{t('conduct.team.person')}</label>
            <select id={`team-${caseId}`} name="userId">
              {team.candidates.map((p) => (
                <option key={p.userId} value={p.userId}>
                  {p.displayName} ({p.username})
                </option>
              ))}
            </select>
          </div>
          <button type="submit">{t('conduct.team.add')}</button>
        </form>
      ) : null}
    </section>
  );
}
