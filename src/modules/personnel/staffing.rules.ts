/**
 * P5 (¶64): national staff and community liaison officers, "particularly women, from the outset".
 * Pure. Each month from the mission's first, for each national category, the head count returned
 * by the mission (women and men) beside the plan in force that month; a month without a return is
 * named as missing, never read as zero.
 */
export const staffingCategories = [
  'national_professional',
  'national_general_service',
  'community_liaison',
] as const;
export type StaffingCategory = (typeof staffingCategories)[number];

export interface StaffingCount {
  month: string;
  category: StaffingCategory;
  women: number;
  men: number;
}

export interface StaffingPlan {
  category: StaffingCategory;
  /** The first month the plan holds (until a later one). */
  fromMonth: string;
  planned: number;
  plannedWomen: number;
}

export interface StaffingMonth {
  month: string;
  category: StaffingCategory;
  /** null: no return for the month. */
  women: number | null;
  men: number | null;
  planned: number | null;
  plannedWomen: number | null;
  /** Planned less counted (never below 0); null without both. */
  shortfall: number | null;
  /** Per cent of women, one decimal; null without a return or with no one. */
  womenShare: number | null;
}

/** The months from `first` to `last`, both YYYY-MM. */
export function monthsFrom(first: string, last: string): string[] {
  const months: string[] = [];
  let [y, m] = first.split('-').map(Number) as [number, number];
  for (let month = first; month <= last;) {
    months.push(month);
    m += 1;
    if (m === 13) [y, m] = [y + 1, 1];
    month = `${y}-${String(m).padStart(2, '0')}`;
  }
  return months;
}

/** P5: every month and category from the mission's first month to this one. */
export function staffingMonths(
  counts: readonly StaffingCount[],
  plans: readonly StaffingPlan[],
  { firstMonth, thisMonth }: { firstMonth: string; thisMonth: string },
): { months: StaffingMonth[]; missing: { month: string; category: StaffingCategory }[] } {
  const counted = new Map(counts.map((c) => [`${c.month}|${c.category}`, c]));
  const months: StaffingMonth[] = [];
  const missing: { month: string; category: StaffingCategory }[] = [];
  for (const month of monthsFrom(firstMonth, thisMonth))
    for (const category of staffingCategories) {
      const c = counted.get(`${month}|${category}`);
      const plan = plans
        .filter((p) => p.category === category && p.fromMonth <= month)
        .sort((a, b) => b.fromMonth.localeCompare(a.fromMonth))[0];
      if (!c) missing.push({ month, category });
      const total = c ? c.women + c.men : null;
      months.push({
        month,
        category,
        women: c?.women ?? null,
        men: c?.men ?? null,
        planned: plan?.planned ?? null,
        plannedWomen: plan?.plannedWomen ?? null,
        shortfall: total !== null && plan ? Math.max(0, plan.planned - total) : null,
        womenShare: c && total! > 0 ? Math.round((1000 * c.women) / total!) / 10 : null,
      });
    }
  return { months, missing };
}
