/**
 * S3 canary helper for every module: plant a unique value through the API, then search every
 * artifact (database file, WAL, backups, key and log files, captured log lines, export bodies)
 * for it in clear, as UTF-8 and UTF-16.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export function newCanary(label = 'canary'): string {
  return `Canary${label}${randomBytes(6).toString('hex')}`;
}

function filesUnder(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(full) : [full];
  });
}

export interface Artifacts {
  dirs?: string[];
  files?: string[];
  texts?: Record<string, string>;
}

/** Where the canary appears in clear; an empty list means nowhere. */
export function findCanary(canary: string, artifacts: Artifacts): string[] {
  const needles = [Buffer.from(canary, 'utf8'), Buffer.from(canary, 'utf16le')];
  const files = [...(artifacts.dirs ?? []).flatMap(filesUnder), ...(artifacts.files ?? [])];
  const found = files.filter((file) => {
    const bytes = fs.readFileSync(file);
    return needles.some((needle) => bytes.includes(needle));
  });
  for (const [name, text] of Object.entries(artifacts.texts ?? {}))
    if (text.includes(canary)) found.push(name);
  return found;
}
