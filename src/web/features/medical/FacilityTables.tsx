/** M3: the mission's facilities with their capabilities and status, and its aircraft. */
import type { Evacuation } from '../../../modules/medical/evacuation.schema.js';
import type { Aircraft, Facility } from '../../../modules/medical/facility.schema.js';
import { useI18n } from '../../i18n/i18n.js';
import { statusColours } from './MedicalMap.js';

export function FacilityTables({
  facilities,
  aircraft,
  open,
}: {
  facilities: Facility[];
  aircraft: Aircraft[];
  /** The open requests: an aircraft flying one is not free. */
  open: Evacuation[];
}) {
  const { t, locale } = useI18n();
  const yes = (v: boolean) => (v ? t('medical.yes') : t('medical.no'));
  const flying = new Map(
    open
      .filter((e) => e.aircraft && e.status !== 'requested')
      .map((e) => [e.aircraft!.id, e.reference]),
  );
  return (
    <div className="two-columns">
      <div>
        <h3>{t('medical.facilities')}</h3>
        {facilities.length === 0 ? (
          <p>{t('medical.noFacilities')}</p>
        ) : (
          <table data-testid="facilities">
            <thead>
              <tr>
                <th>{t('medical.facility')}</th>
                <th>{t('medical.status')}</th>
                <th>{t('medical.surgery')}</th>
                <th>{t('medical.blood')}</th>
                <th>{t('medical.beds')}</th>
                <th>{t('medical.icuBeds')}</th>
              </tr>
            </thead>
            <tbody>
              {facilities.map((f) => (
                <tr key={f.id}>
                  <td>
                    {f.name} <small>{t(`medical.level.${f.level}`)}</small>
                    {f.illustrative ? (
                      <small className="badge">{t('medical.illustrative')}</small>
                    ) : null}
                  </td>
                  <td>
                    <span className="dot" style={{ background: statusColours[f.status] }} />
                    {t(`medical.facilityStatus.${f.status}`)}
                    {f.statusNote ? <small> · {f.statusNote}</small> : null}
                  </td>
                  <td>{yes(f.surgery)}</td>
                  <td>{yes(f.blood)}</td>
                  <td>{f.beds.toLocaleString(locale)}</td>
                  <td>{f.icuBeds.toLocaleString(locale)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>
      <div>
        <h3>{t('medical.aircraftList')}</h3>
        {aircraft.length === 0 ? (
          <p>{t('medical.noAircraft')}</p>
        ) : (
          <table data-testid="aircraft">
            <thead>
              <tr>
                <th>{t('medical.aircraft')}</th>
                <th>{t('medical.base')}</th>
                <th>{t('medical.nightCapable')}</th>
                <th>{t('medical.available')}</th>
              </tr>
            </thead>
            <tbody>
              {aircraft.map((a) => (
                <tr key={a.id}>
                  <td>
                    {a.name} <small>{a.speedKmh.toLocaleString(locale)} km/h</small>
                  </td>
                  <td>{a.baseName}</td>
                  <td>{yes(a.nightCapable)}</td>
                  <td data-testid="aircraft-available">
                    {flying.has(a.id)
                      ? t('medical.flying', { reference: flying.get(a.id)! })
                      : yes(a.available)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>
    </div>
  );
}
