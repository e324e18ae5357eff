/** I3 CSV with HXL hashtags; S7: cells that would run as spreadsheet formulas are neutralised. */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fixture } from '../../../test/support/fixture-files.js';
import { csvCell, csvColumns, incidentsCsvHead } from './incident.csv.js';

describe('HXL CSV', () => {
  it('neutralises formula cells and quotes what needs quoting', () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    for (const start of ['+', '-', '@', '\t', '\r'])
      expect(csvCell(`${start}1`).includes(`'${start}`)).toBe(true);
    expect(csvCell(-3)).toBe('-3'); // numbers stay numbers
    expect(csvCell('Bria, Haute-Kotto')).toBe('"Bria, Haute-Kotto"');
    expect(csvCell(null)).toBe('');
  });

  it('the second row is HXL: every tag is a core hashtag with lower-case attributes', () => {
    const core = new Set(
      fs
        .readFileSync(fixture('schemas', 'hxl', 'hxl_core_hashtags.hxl.csv'), 'utf8')
        .split('\n')
        .slice(1)
        .map((line) => line.split(',')[0]?.trim())
        .filter((tag): tag is string => Boolean(tag?.startsWith('#'))),
    );
    const [header, tags] = incidentsCsvHead().trim().split('\r\n');
    expect(header!.split(',')).toEqual(csvColumns.map((c) => c.header));
    for (const tag of tags!.split(',')) {
      expect(tag).toMatch(/^#[a-z][a-z0-9_]*(\+[a-z][a-z0-9_]*)*$/);
      expect(core).toContain(tag.split('+')[0]);
    }
  });
});
