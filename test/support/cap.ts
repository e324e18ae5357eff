/** The official CAP 1.2 schema and xmllint's verdict on a document against it (CI installs libxml2-utils). */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fixture } from './fixture-files.js';

export const capSchemaDir = fixture('schemas', 'cap-1.2');

/** xmllint's verdict on a document against a schema; xmllint must be installed (CI installs it). */
export function xsdValid(xml: string, schema = 'CAP-v1.2.xsd'): { ok: boolean; output: string } {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'cap-')), 'alert.xml');
  fs.writeFileSync(file, xml);
  const r = spawnSync(
    'xmllint',
    ['--noout', '--nonet', '--schema', path.join(capSchemaDir, schema), file],
    {
      encoding: 'utf8',
    },
  );
  if (r.error)
    throw new Error(
      `xmllint is needed for this test (apt-get install libxml2-utils): ${r.error.message}`,
    );
  return { ok: r.status === 0, output: r.stderr };
}
