/**
 * Uniformed personnel over time (issue 5, item 10): for a contributing State or a mission, the
 * troops, police and experts month by month and the share of women; for a mission, its authorised
 * against its deployed strength and the gap. Charts first; the CSV behind the contributor's chart.
 */
import { useId, useState } from 'react';
import {
  ContributionMonth,
  Contributor,
} from '../../../modules/capabilities/contribution.schema.js';
import { StrengthMonth } from '../../../modules/capabilities/mission-strength.schema.js';
import { MissionList } from '../../../modules/missions/mission.schema.js';
import { ErrorNotice } from '../../components/ErrorNotice.js';
import { LineChart } from '../../components/LineChart.js';
import { useI18n } from '../../i18n/i18n.js';
import { listOf } from '../../lib/answers.js';
import { useApi } from '../../lib/query.js';

const Contributors = listOf(Contributor);
const Months = listOf(ContributionMonth);
const Strength = listOf(StrengthMonth);

function Picker({
  label,
  value,
  options,
  onChange,
}: {
  label: string;
  value: string;
  options: { value: string; label: string }[];
  onChange: (value: string) => void;
}) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

function PersonnelCharts({ months, title }: { months: ContributionMonth[]; title: string }) {
  const { t } = useI18n();
  if (months.length === 0) return <p className="muted">{t('capabilities.noFigures')}</p>;
  const axis = months.map((m) => m.month);
  return (
    <>
      <LineChart
        title={t('capabilities.personnelOf', { name: title })}
        months={axis}
        series={[
          { label: t('capabilities.troops'), values: months.map((m) => m.troops) },
          { label: t('capabilities.police'), values: months.map((m) => m.police) },
          { label: t('capabilities.experts'), values: months.map((m) => m.experts) },
        ]}
      />
      <LineChart
        title={t('capabilities.womenOf', { name: title })}
        months={axis}
        percent
        series={[
          { label: t('capabilities.shareOfWomen'), values: months.map((m) => m.shareOfWomen) },
        ]}
      />
    </>
  );
}

export function CapabilitiesPage() {
  const { t } = useI18n();
  const contributorList = useApi('/api/capabilities/contributors', Contributors);
  const missionList = useApi('/api/missions', MissionList);
  const contributors = contributorList.data?.items ?? [];
  const missions = [...(missionList.data?.items ?? [])].sort((a, b) =>
    a.acronym.localeCompare(b.acronym),
  );
  const [pickedContributor, setContributor] = useState('');
  const [pickedMission, setMission] = useState('');
  const contributor = pickedContributor || contributors[0]?.iso3 || '';
  const mission = pickedMission || missions[0]?.acronym || '';
  const ofContributor = useApi(
    contributor ? `/api/capabilities/contributions?contributor=${contributor}` : null,
    Months,
    { keepPrevious: true },
  );
  const ofMission = useApi(
    mission ? `/api/capabilities/contributions?mission=${mission}` : null,
    Months,
    { keepPrevious: true },
  );
  const strengthOf = useApi(
    mission ? `/api/capabilities/mission-strength?mission=${mission}` : null,
    Strength,
    { keepPrevious: true },
  );
  const byContributor = ofContributor.data?.items ?? [];
  const byMission = ofMission.data?.items ?? [];
  const strength = strengthOf.data?.items ?? [];
  const error =
    contributorList.error ??
    missionList.error ??
    ofContributor.error ??
    ofMission.error ??
    strengthOf.error;
  const contributorName = contributors.find((c) => c.iso3 === contributor)?.name ?? contributor;
  return (
    <section>
      <h1>{t('capabilities.title')}</h1>
      <p className="muted">{t('capabilities.intro')}</p>
      <ErrorNotice error={error} />
      <section aria-label={t('capabilities.byContributor')} data-testid="by-contributor">
        <h2>{t('capabilities.byContributor')}</h2>
        <Picker
          label={t('capabilities.contributor')}
          value={contributor}
          options={contributors.map((c) => ({ value: c.iso3, label: `${c.name} (${c.iso3})` }))}
          onChange={setContributor}
        />
        <PersonnelCharts months={byContributor} title={contributorName} />
        {contributor ? (
          <p>
            <a href={`/api/capabilities/contributions.csv?contributor=${contributor}`} download>
              {t('capabilities.csv')}
            </a>
          </p>
        ) : null}
      </section>
      <section aria-label={t('capabilities.byMission')} data-testid="by-mission">
        <h2>{t('capabilities.byMission')}</h2>
        <Picker
          label={t('capabilities.mission')}
          value={mission}
          options={missions.map((m) => ({ value: m.acronym, label: m.acronym }))}
          onChange={setMission}
        />
        {strength.length > 0 ? (
          <LineChart
            title={t('capabilities.strengthOf', { name: mission })}
            months={strength.map((m) => m.month)}
            series={[
              {
                label: t('capabilities.authorised'),
                values: strength.map((m) => m.authorised.total),
                dashed: true,
              },
              { label: t('capabilities.deployed'), values: strength.map((m) => m.deployed.total) },
              { label: t('capabilities.gap'), values: strength.map((m) => m.gap) },
            ]}
          />
        ) : null}
        <PersonnelCharts months={byMission} title={mission} />
      </section>
    </section>
  );
}
