/**
 * The rules register (issue 16): every rule of the report the system carries, with its ¶, whether
 * it is enforced or planned, its settings and their allowed range, and the tests that guard it.
 */
import { RuleList } from '../../../modules/rules/rule.schema.js';
import { ErrorNotice } from '../../components/ErrorNotice.js';
import { useI18n } from '../../i18n/i18n.js';
import type { MessageKey } from '../../i18n/en.js';
import { useApi } from '../../lib/query.js';

export function RulesPage() {
  const { t } = useI18n();
  const answer = useApi('/api/rules', RuleList);
  const rules = answer.data?.items ?? null;
  const error = answer.error;
  return (
    <section>
      <h1>{t('rules.title')}</h1>
      <p className="muted">{t('rules.intro')}</p>
      <ErrorNotice error={error} />
      {rules && rules.length === 0 ? <p>{t('rules.none')}</p> : null}
      <ul className="rules" data-testid="rules">
        {(rules ?? []).map((r) => (
          <li key={r.id} className="card" data-rule={r.id}>
            <h2>
              <bdi dir="ltr">{r.id}</bdi> · {t(`rules.rule.${r.id}` as MessageKey)}{' '}
              <span className="muted">
                <bdi dir="ltr">{r.paragraphs.join(', ')}</bdi> · {t(`rules.status.${r.status}`)}
              </span>
            </h2>
            <details>
              <summary>{t('rules.details')}</summary>
              <p dir="ltr" lang="en">
                {r.text}
              </p>
            </details>
            {r.settings.length > 0 ? (
              <>
                <h3>{t('rules.settings')}</h3>
                <ul>
                  {r.settings.map((s) => (
                    <li key={s.name}>
                      {t(`rules.setting.${s.stricter}`, {
                        name: t(`rules.settingName.${s.name}` as MessageKey),
                        loosest: s.loosest,
                        strictest: s.strictest,
                      })}
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
            {r.guardedBy.length > 0 ? (
              <p className="muted">
                {t('rules.guardedBy')}:{' '}
                {r.guardedBy.map((f) => (
                  <code key={f} dir="ltr">
                    {f}{' '}
                  </code>
                ))}
              </p>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
