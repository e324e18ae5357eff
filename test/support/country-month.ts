/** A small UCDP country-month panel in the ViEWS layout: 6 countries over 8 years (months 109–204), some at war in stretches, country 6 at peace. */
export function panelCsv(
  override?: (country: number, month: number) => number | undefined,
): Buffer {
  const lines = ['ged_best_sb,ged_best_ns,ged_best_os,ged_count_sb,month_id,country_id'];
  for (let c = 1; c <= 6; c++)
    for (let m = 109; m <= 204; m++) {
      const wave = Math.sin((m + c * 7) / 9) > 0.3 ? (c * 13 + m) % 60 : 0;
      const sb = override?.(c, m) ?? (c === 6 ? 0 : wave);
      lines.push(`${sb},${(m * c) % 3},${(m + c) % 2},${sb > 0 ? 1 + (sb % 4) : 0},${m},${c}`);
    }
  return Buffer.from(lines.join('\n'));
}
