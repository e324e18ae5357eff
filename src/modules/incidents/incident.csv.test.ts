/** I3 CSV with HXL hashtags. */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fixture } from '../../../test/support/fixture-files.js';
import { csvColumns, incidentsCsvHead } from './incident.csv.js';

describe('HXL CSV', () => {
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
