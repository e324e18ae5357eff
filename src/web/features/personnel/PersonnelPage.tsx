/**
 * People (¶64, ¶76, ¶81, ¶113–118, ¶124): where the recruitment days go (P1, P2), women in mission
 * leadership and the appointments (P3), national staff against the plan (P5), and who has not done
 * the SEA e-learning (P6). Statistics for every reader of personnel; names only to human resources.
 */
import type { PageProps } from '../../app/modules.js';
import { useI18n } from '../../i18n/i18n.js';
import { LeadershipPanel } from './LeadershipPanel.js';
import { PipelinePanel } from './PipelinePanel.js';
import { RecruitmentsPanel } from './RecruitmentsPanel.js';
import { SeaTrainingPanel, StaffingPanel } from './StaffingPanel.js';

export function PersonnelPage({ me }: PageProps) {
  const { t } = useI18n();
  const can = (p: string) => me.permissions.includes(p as (typeof me.permissions)[number]);
  return (
    <div className="page">
      <h1>{t('personnel.title')}</h1>
      <p>{t('personnel.intro')}</p>
      <PipelinePanel />
      {can('personnel:write') ? <RecruitmentsPanel missionId={me.missionId} /> : null}
      <LeadershipPanel identify={can('personnel:identify')} write={can('personnel:write')} />
      <StaffingPanel missionId={me.missionId} write={can('personnel:write')} />
      <SeaTrainingPanel />
    </div>
  );
}
