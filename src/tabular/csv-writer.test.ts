/** S7: cells that would run as spreadsheet formulas are neutralised; RFC 4180 quoting. */
import { describe, expect, it } from 'vitest';
import { csvCell, csvLine, rejectedRowsCsv } from './csv-writer.js';

describe('CSV writer', () => {
  it('neutralises formula cells and quotes what needs quoting', () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    for (const start of ['+', '-', '@', '\t', '\r'])
      expect(csvCell(`${start}1`).includes(`'${start}`)).toBe(true);
    expect(csvCell(-3)).toBe('-3'); // numbers stay numbers
    expect(csvCell('Bria, Haute-Kotto')).toBe('"Bria, Haute-Kotto"');
    expect(csvCell(null)).toBe('');
  });

  it('ends each line with CRLF and writes rejected rows as line, column, reason', () => {
    expect(csvLine(['a', 1, null])).toBe('a,1,\r\n');
    expect(rejectedRowsCsv([{ line: 3, column: 'date', reason: 'is empty, or wrong' }])).toBe(
      'line,column,reason\r\n3,date,"is empty, or wrong"\r\n',
    );
  });
});
