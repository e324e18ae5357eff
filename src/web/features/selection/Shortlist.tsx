/**
 * K5 as the officer reads it: the ranked units, each factor's points and why; the notes to read;
 * every excluded unit with the rule that excluded it, and who lacks what (K3).
 */
import type { Shortlist as ShortlistData } from '../../../modules/force-selection/selection.schema.js';
import { useI18n } from '../../i18n/i18n.js';
import type { MessageKey } from '../../i18n/en.js';
import { useSaid } from './said.js';

type Ranked = ShortlistData['ranked'][number];

function Factors({ r }: { r: Ranked }) {
  const { t } = useI18n();
  const say = useSaid();
  return (
    <dl className="factors">
      {r.factors.map((f) => (
        <div key={f.factor}>
          <dt>
            {t(`selection.factor.${f.factor}` as MessageKey)}{' '}
            <bdi className="muted">{t('selection.points', { points: f.points, max: f.max })}</bdi>
          </dt>
          <dd>
            <meter min={0} max={f.max} value={f.points} aria-hidden="true" /> {say(f.said)}
          </dd>
        </div>
      ))}
    </dl>
  );
}

export function ShortlistView({
  list,
  onSelect,
}: {
  list: ShortlistData;
  /** Offered when the caller may select and nothing is selected yet. */
  onSelect: ((unitId: string) => void) | null;
}) {
  const { t } = useI18n();
  const say = useSaid();
  return (
    <>
      <h2>{t('selection.ranked')}</h2>
      <p className="muted">{t('selection.asOf', { date: list.asOf })}</p>
      {list.ranked.length === 0 ? <p>{t('selection.noneRanked')}</p> : null}
      <table data-testid="shortlist">
        <thead>
          <tr>
            <th>{t('selection.rank')}</th>
            <th>{t('selection.unit')}</th>
            <th>{t('readiness.levelLabel')}</th>
            <th>{t('selection.factors')}</th>
          </tr>
        </thead>
        <tbody>
          {list.ranked.map((r) => (
            <tr key={r.unit.id} data-unit={r.unit.contributor}>
              <td>{r.rank}</td>
              <td>
                <strong>{r.unit.contributorName}</strong>
                <br />
                {t('readiness.strength', { strength: r.unit.strength, women: r.unit.women })}
                <br />
                <strong>{t('selection.score', { score: r.score })}</strong>
                {onSelect ? (
                  <>
                    <br />
                    <button type="button" onClick={() => onSelect(r.unit.id)}>
                      {t('selection.select')}
                    </button>
                  </>
                ) : null}
              </td>
              <td>{t(`readiness.level.${r.unit.level}` as MessageKey)}</td>
              <td>
                <Factors r={r} />
                {r.notes.length > 0 ? (
                  <p className="notice">
                    {t('selection.notes')}: {r.notes.map((n) => say(n.said)).join(' · ')}
                  </p>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>{t('selection.excluded')}</h2>
      {list.excluded.length === 0 ? <p className="muted">{t('selection.noneExcluded')}</p> : null}
      <ul data-testid="excluded" className="excluded">
        {list.excluded.map((e) => (
          <li key={e.unit.id} data-unit={e.unit.contributor}>
            <strong>{e.unit.contributorName}</strong> ·{' '}
            {t(`readiness.level.${e.unit.level}` as MessageKey)}
            <ul>
              {e.rules.map((rule, i) => (
                <li key={i} data-rule={rule.rule}>
                  <strong>{t(`selection.rule.${rule.rule}` as MessageKey)}</strong>:{' '}
                  {say(rule.said)}
                  {rule.people ? (
                    <ul>
                      {rule.people.map((p) => (
                        <li key={p.serviceNumber}>
                          <bdi>{p.serviceNumber}</bdi>:{' '}
                          {p.missing
                            .map((m) => t(`personnel.missing.${m}` as MessageKey))
                            .join('; ')}
                        </li>
                      ))}
                    </ul>
                  ) : null}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </>
  );
}
