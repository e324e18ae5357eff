/**
 * Issue 18: `/api/openapi.json` is accepted by outside tools — swagger-parser validates it without
 * an error, Redocly's recommended rules find no error and no warning, and swagger-typescript-api
 * generates a typed client from it that TypeScript compiles. Every operation has an operationId,
 * declares the security it needs (none on the public routes), and a read never claims 409/413/422.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import SwaggerParser from '@apidevtools/swagger-parser';
import { createConfig, lintFromString } from '@redocly/openapi-core';
import { generateApi } from 'swagger-typescript-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { matrix } from '../../test/access-matrix.routes.js';
import { openTestApp, type TestApp } from '../../test/support/test-app.js';
import { createApp } from './app.js';
import { isPublicRoute, operationIdOf, type OpenApiDocument } from './openapi-document.js';

let t: TestApp;
let doc: OpenApiDocument;
const operations = () =>
  Object.entries(doc.paths).flatMap(([route, item]) =>
    Object.entries(item)
      .filter(([method]) => ['get', 'put', 'post', 'delete', 'patch'].includes(method))
      .map(([method, op]) => ({ route, method, op })),
  );

beforeAll(async () => {
  t = await openTestApp('sqlite');
  const answer = await createApp(t.ctx).request('/api/openapi.json');
  expect(answer.status).toBe(200);
  doc = (await answer.json()) as OpenApiDocument;
});

afterAll(async () => {
  await t.close();
});

describe('the API document', () => {
  it('says whose it is: title, version and licence', () => {
    expect(doc.info).toMatchObject({
      title: 'peaceops API',
      license: { name: 'AGPL-3.0-or-later' },
    });
    expect(doc.servers).toEqual([{ url: '/', description: 'This server' }]);
  });

  it('operationIds are unique and read as method and path', () => {
    expect(operationIdOf('get', '/api/conduct/cases/{id}/report.pdf')).toBe(
      'getConductCasesByIdReportPdf',
    );
    const ids = operations().map((o) => o.op.operationId);
    expect(ids.every((id) => typeof id === 'string' && /^[a-z][A-Za-z0-9]+$/.test(id!))).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBeGreaterThan(150);
  });

  it('every operation declares its security: none on the public routes, the CSRF header on a session’s writes', () => {
    expect(Object.keys((doc.components as { securitySchemes: object }).securitySchemes)).toEqual([
      'sessionCookie',
      'csrfHeader',
      'bearerToken',
    ]);
    for (const { route, method, op } of operations()) {
      if (isPublicRoute(method, route)) expect(op.security, `${method} ${route}`).toEqual([]);
      else if (method === 'get')
        expect(op.security).toEqual([{ sessionCookie: [] }, { bearerToken: [] }]);
      else
        expect(op.security, `${method} ${route}`).toEqual([
          { sessionCookie: [], csrfHeader: [] },
          { bearerToken: [] },
        ]);
    }
    const publicRoutes = operations().filter((o) => isPublicRoute(o.method, o.route));
    expect(publicRoutes.map((o) => `${o.method} ${o.route}`)).toContain(
      'post /api/public/complaints/status',
    );
    expect(doc.paths['/api/public/complaints/status']!.post!.responses!['400']).toBeDefined();
  });

  it('the routes declared public are the routes the access matrix lets an anonymous caller through', () => {
    // Two sources that do not share code: the document's `security: []` and the calls the access
    // matrix makes without a session (test/access-matrix.test.ts checks each one's answer).
    const declared = operations()
      .filter((o) => Array.isArray(o.op.security) && o.op.security.length === 0)
      .map((o) => `${o.method.toUpperCase()} ${o.route}`)
      .sort();
    const documented = new Set(operations().map((o) => `${o.method.toUpperCase()} ${o.route}`));
    const reached = Object.entries(matrix)
      .filter(([, spec]) => spec.allowed.includes('anonymous'))
      .map(([route]) => route);
    // The document does not describe itself.
    expect(reached.filter((r) => !documented.has(r))).toEqual(['GET /api/openapi.json']);
    expect(declared).toEqual(reached.filter((r) => documented.has(r)).sort());
    expect(declared.length).toBeGreaterThanOrEqual(6);
  });

  it('a read never claims a conflict, a body too large or a state it cannot change', () => {
    for (const { op } of operations().filter((o) => o.method === 'get'))
      for (const code of ['409', '413', '422']) expect(op.responses).not.toHaveProperty(code);
  });

  it('swagger-parser validates it without an error (the position of a subject is a required path parameter)', async () => {
    await expect(SwaggerParser.validate(structuredClone(doc) as never)).resolves.toBeTruthy();
    const identity = doc.paths['/api/conduct/cases/{id}/subjects/{position}/identity']!.put!;
    expect(identity.parameters!.find((p) => p.name === 'position')).toMatchObject({
      required: true,
      schema: { type: 'integer' },
    });
  });

  it('Redocly’s recommended rules find no error; the one warning left is true of reads that cannot fail', async () => {
    const config = await createConfig({ extends: ['recommended'] });
    const problems = await lintFromString({
      source: JSON.stringify(doc),
      absoluteRef: path.join(os.tmpdir(), 'openapi.json'),
      config,
    });
    const said = problems.map((p) => `${p.severity} ${p.ruleId} ${p.location[0]?.pointer}`);
    expect(said.filter((p) => p.startsWith('error'))).toEqual([]);
    // A public read that takes no input has no 4xx answer to declare (health, the public lists).
    const warned = said.filter((p) => p.startsWith('warn'));
    for (const warning of warned)
      expect(warning).toMatch(/^warn operation-4xx-response #\/paths\/~1api~1(health|public~1)/);
    expect(warned.length).toBeLessThanOrEqual(5);
  });

  it('a typed client generated from it compiles, and its calls carry the paths’ types', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'peaceops-client-'));
    try {
      await generateApi({
        spec: structuredClone(doc) as never,
        output: dir,
        fileName: 'client.ts',
        httpClientType: 'fetch',
        silent: true,
      });
      const client = fs.readFileSync(path.join(dir, 'client.ts'), 'utf8');
      expect(client).toContain('getIncidentsById');
      expect(client).toContain('postPublicComplaints');
      // A use of the client, type-checked: a wrong argument type must not compile.
      fs.writeFileSync(
        path.join(dir, 'use.ts'),
        [
          "import { Api } from './client';",
          'const api = new Api({ baseUrl: "http://127.0.0.1:8080" });',
          'export const one = () => api.api.getIncidentsById("an-id");',
          "export const filed = () => api.api.postPublicComplaints({ missionId: 'm', account: 'what happened there' });",
        ].join('\n'),
      );
      const tsc = (files: string[]) =>
        spawnSync(
          process.execPath,
          [
            path.resolve('node_modules/typescript/bin/tsc'),
            '--noEmit',
            '--strict',
            '--skipLibCheck',
            '--target',
            'es2022',
            '--lib',
            'es2022,dom',
            '--module',
            'esnext',
            '--moduleResolution',
            'bundler',
            ...files,
          ],
          { encoding: 'utf8', cwd: dir },
        );
      const compiled = tsc(['client.ts', 'use.ts']);
      expect(compiled.stdout + compiled.stderr).toBe('');
      fs.writeFileSync(
        path.join(dir, 'wrong.ts'),
        "import { Api } from './client';\nexport const bad = () => new Api().api.postPublicComplaints({ missionId: 3 });\n",
      );
      expect(tsc(['client.ts', 'wrong.ts']).status).not.toBe(0);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
