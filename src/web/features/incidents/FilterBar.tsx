/** The filters above the map: dates, category, status, admin area, actor, minimum killed. */
import { useI18n } from '../../i18n/i18n.js';
import { categories, statuses } from './categories.js';

export interface Filters {
  from?: string | undefined;
  to?: string | undefined;
  category?: string | undefined;
  status?: string | undefined;
  actor?: string | undefined;
  adminArea?: string | undefined;
  minFatalities?: string | undefined;
}

interface Props {
  filters: Filters;
  facets: string[];
  onChange: (update: (old: Filters) => Filters) => void;
}

export function FilterBar({ filters, facets, onChange }: Props) {
  const { t } = useI18n();
  const set = (key: keyof Filters) => (value: string) =>
    onChange((old) => ({ ...old, [key]: value === '' ? undefined : value }));
  const dateInput = (iso: string | undefined) => (iso ? iso.slice(0, 10) : '');
  const setFilters = (next: Filters) => onChange(() => next);
  return (
    <form
      className="filters"
      onSubmit={(e) => e.preventDefault()}
      aria-label={t('incidents.filters')}
    >
      <label>
        {t('incidents.from')}
        <input
          type="date"
          value={dateInput(filters.from)}
          onChange={(e) => set('from')(e.target.value ? `${e.target.value}T00:00:00Z` : '')}
        />
      </label>
      <label>
        {t('incidents.to')}
        <input
          type="date"
          value={dateInput(filters.to)}
          onChange={(e) => set('to')(e.target.value ? `${e.target.value}T23:59:59Z` : '')}
        />
      </label>
      <label>
        {t('incidents.category')}
        <select value={filters.category ?? ''} onChange={(e) => set('category')(e.target.value)}>
          <option value="">{t('incidents.any')}</option>
          {categories.map((c) => (
            <option key={c} value={c}>
              {t(`category.${c}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('incidents.status')}
        <select value={filters.status ?? ''} onChange={(e) => set('status')(e.target.value)}>
          <option value="">{t('incidents.any')}</option>
          {statuses.map((s) => (
            <option key={s} value={s}>
              {t(`status.${s}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('incidents.adminArea')}
        <select value={filters.adminArea ?? ''} onChange={(e) => set('adminArea')(e.target.value)}>
          <option value="">{t('incidents.any')}</option>
          {facets.map((a) => (
            <option key={a} value={a}>
              {a}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('incidents.actor')}
        <input
          type="search"
          defaultValue=""
          onKeyDown={(e) => e.key === 'Enter' && set('actor')(e.currentTarget.value.trim())}
          onBlur={(e) => set('actor')(e.currentTarget.value.trim())}
        />
      </label>
      <label>
        {t('incidents.minKilled')}
        <input
          type="number"
          min={0}
          inputMode="numeric"
          value={filters.minFatalities ?? ''}
          onChange={(e) => set('minFatalities')(e.target.value)}
        />
      </label>
      <button type="button" className="secondary" onClick={() => setFilters({})}>
        {t('incidents.clearFilters')}
      </button>
    </form>
  );
}
