/**
 * The medical page of a mission (¶110–111): the open evacuation requests with their clocks, read
 * again every 15 seconds (M2; the aviation cell acts on them here), the request form for the field,
 * the map of facilities, aircraft and open requests (M3), and for the medical officers this
 * month's casualties against 10-1-2 with the compliance chart (M1). What a reader may not see is
 * not asked for: each section follows the reader's permissions.
 */
import { useState } from 'react';
import { CasualtySummary, ComplianceAnswer } from '../../../modules/medical/casualty.schema.js';
import { Evacuation } from '../../../modules/medical/evacuation.schema.js';
import { Aircraft, Facility } from '../../../modules/medical/facility.schema.js';
import { RecordedFatality } from '../../../modules/medical/fatality.schema.js';
import type { PageProps } from '../../app/modules.js';
import { ErrorNotice } from '../../components/ErrorNotice.js';
import { useI18n } from '../../i18n/i18n.js';
import { listOf } from '../../lib/answers.js';
import { useApi, useInvalidate } from '../../lib/query.js';
import {
  CasualtiesList,
  ComplianceChart,
  RecordCasualtyForm,
  StepsForm,
} from './CasualtiesPanel.js';
import { EndedRequests } from './EndedRequests.js';
import { EvacuationBoard } from './EvacuationBoard.js';
import { EvacuationRequestForm } from './EvacuationRequestForm.js';
import { FacilityTables } from './FacilityTables.js';
import { FatalitiesList, RecordFatalityForm } from './FatalitiesPanel.js';
import { MedicalMap } from './MedicalMap.js';

const Evacuations = listOf(Evacuation);
const Facilities = listOf(Facility);
const AircraftList = listOf(Aircraft);
const Casualties = listOf(CasualtySummary);
const Fatalities = listOf(RecordedFatality);

export function MedicalPage({ me }: PageProps) {
  const { t } = useI18n();
  const can = (p: string) => me.permissions.includes(p);
  const medical = can('medical:read');
  const month = new Date().toISOString().slice(0, 7);
  const open = useApi('/api/medical/evacuations?state=open', Evacuations, { every: 15_000 });
  const ended = useApi('/api/medical/evacuations?state=ended', Evacuations);
  const facilities = useApi('/api/medical/facilities', Facilities);
  const aircraft = useApi('/api/medical/aircraft', AircraftList);
  const casualties = useApi(medical ? `/api/medical/casualties?month=${month}` : null, Casualties);
  const compliance = useApi(
    medical ? `/api/medical/compliance?by=facility&month=${month}` : null,
    ComplianceAnswer,
  );
  const fatalities = useApi(medical ? '/api/medical/fatalities' : null, Fatalities);
  const invalidate = useInvalidate();
  const reload = () => invalidate('/api/medical/');
  const [selected, setSelected] = useState<string | null>(null);
  const incidentId = new URLSearchParams(window.location.search).get('incident') ?? '';
  const error =
    open.error ??
    ended.error ??
    facilities.error ??
    aircraft.error ??
    casualties.error ??
    compliance.error ??
    fatalities.error;
  const openItems = open.data?.items ?? [];
  const facilityItems = facilities.data?.items ?? [];
  const aircraftItems = aircraft.data?.items ?? [];
  const casualtyItems = casualties.data?.items ?? [];
  const current = casualtyItems.find((c) => c.id === selected) ?? null;
  return (
    <div className="page">
      <h1>{t('medical.title')}</h1>
      <p>{t('medical.intro')}</p>
      <ErrorNotice error={error} />
      <h2>{t('medical.open')}</h2>
      {open.data ? (
        <EvacuationBoard
          open={openItems}
          serverNow={open.data.items[0]?.now}
          canTask={can('evacuations:task')}
          facilities={facilityItems}
          aircraft={aircraftItems}
          onChange={reload}
        />
      ) : null}
      {can('evacuations:request') ? (
        <EvacuationRequestForm me={me} casualties={casualtyItems} onDone={reload} />
      ) : null}
      <h2>{t('medical.map')}</h2>
      <MedicalMap
        facilities={facilityItems}
        aircraft={aircraftItems}
        open={openItems}
        label={t('medical.map')}
      />
      {facilities.data && aircraft.data ? (
        <FacilityTables facilities={facilityItems} aircraft={aircraftItems} open={openItems} />
      ) : null}
      {medical ? (
        <>
          <h2>{t('medical.casualties')}</h2>
          {casualties.data ? (
            <CasualtiesList
              casualties={casualtyItems}
              canWrite={can('medical:write')}
              selected={selected}
              onSelect={setSelected}
            />
          ) : null}
          {current ? (
            <StepsForm casualty={current} facilities={facilityItems} onDone={reload} />
          ) : null}
          {can('medical:write') ? (
            <RecordCasualtyForm me={me} incidentId={incidentId} onDone={reload} />
          ) : null}
          <ComplianceChart answer={compliance.data} />
          <h2>{t('medical.fatalitiesRecorded')}</h2>
          {fatalities.data ? (
            <FatalitiesList
              fatalities={fatalities.data.items}
              canWrite={can('medical:write')}
              onChange={reload}
            />
          ) : null}
          {can('medical:write') ? (
            <RecordFatalityForm me={me} casualties={casualtyItems} onDone={reload} />
          ) : null}
        </>
      ) : null}
      <h2>{t('medical.ended')}</h2>
      {ended.data ? <EndedRequests ended={ended.data.items} /> : null}
    </div>
  );
}
