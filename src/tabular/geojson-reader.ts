/**
 * Streams the features of a GeoJSON FeatureCollection one at a time (never the whole file in
 * memory), with the bytes read for progress. A malformed file raises a validation error naming
 * what is wrong; a gzipped file (.gz) is unpacked on the fly.
 */
import fs from 'node:fs';
import { pipeline } from 'node:stream';
import { createGunzip } from 'node:zlib';
import streamJson from 'stream-json';
import Pick from 'stream-json/filters/Pick.js';
import StreamArray from 'stream-json/streamers/StreamArray.js';
import { DomainError } from '../core/errors.js';
import { SizeCap, tooManyRows, type ReadOptions } from './csv-reader.js';

export interface Feature {
  /** 1-based position of the feature in the collection, reported as the "line". */
  index: number;
  properties: Record<string, unknown>;
  geometry: { type?: unknown; coordinates?: unknown } | null;
}

export async function* readGeoJsonFeatures(
  file: string,
  options: ReadOptions,
): AsyncGenerator<Feature> {
  const onBytes = options.onBytes ?? (() => undefined);
  const source = fs.createReadStream(file);
  let read = 0;
  source.on('data', (chunk) => {
    read += chunk.length;
    onBytes(read);
  });
  const fail = (message: string) =>
    new DomainError('validation_failed', `${file}: ${message}`, [{ path: 'file', message }]);
  // pipeline() destroys every stage on any stage's error, so the loop below ends with that error.
  const stages: (NodeJS.ReadableStream | NodeJS.WritableStream)[] = [
    source,
    ...(file.endsWith('.gz') ? [createGunzip()] : []),
    new SizeCap(options.limits.maxBytes),
    streamJson.parser(),
    Pick.pick({ filter: 'features' }),
    StreamArray.streamArray(),
  ];
  const features = pipeline(
    stages as unknown as [NodeJS.ReadableStream, NodeJS.WritableStream],
    () => undefined,
  ) as unknown as AsyncIterable<{ key: number; value: unknown }>;
  let count = 0;
  try {
    for await (const item of features) {
      count += 1;
      if (count > options.limits.maxRows) throw tooManyRows(file, options.limits.maxRows);
      const value = item.value as { properties?: unknown; geometry?: unknown } | null;
      yield {
        index: item.key + 1,
        properties: (value?.properties ?? {}) as Record<string, unknown>,
        geometry: (value?.geometry ?? null) as Feature['geometry'],
      };
    }
  } catch (error) {
    if (error instanceof DomainError) throw error;
    throw fail(`is not valid GeoJSON (${error instanceof Error ? error.message : String(error)})`);
  }
  if (count === 0) throw fail('has no "features" array with events');
}
