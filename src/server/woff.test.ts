/** The unwrapped fonts are the same fonts: fontkit reads the same glyphs and widths from both. */
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as fontkit from 'fontkit';
import { expect, it } from 'vitest';
import { woffToSfnt } from './woff.js';

it.each([
  '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff',
  '@fontsource/noto-sans-arabic/files/noto-sans-arabic-arabic-700-normal.woff',
])('%s: same glyphs, same shaping', (spec) => {
  const woff = fs.readFileSync(fileURLToPath(import.meta.resolve(spec)));
  const wrapped = fontkit.create(woff) as fontkit.Font;
  const unwrapped = fontkit.create(woffToSfnt(woff)) as fontkit.Font;
  expect(unwrapped.numGlyphs).toBe(wrapped.numGlyphs);
  expect(unwrapped.postscriptName).toBe(wrapped.postscriptName);
  for (const text of ['Tableau mensuel — 2023', 'الاستغلال الجنسي']) {
    const a = wrapped.layout(text);
    const b = unwrapped.layout(text);
    expect(b.glyphs.map((g) => g.id)).toEqual(a.glyphs.map((g) => g.id));
    expect(b.advanceWidth).toBe(a.advanceWidth);
  }
  expect(() => woffToSfnt(Buffer.from('not a font at all, not at all'))).toThrow(/WOFF/);
});
