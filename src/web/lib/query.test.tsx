/**
 * The data layer (ADR 0007): a stale answer never replaces a newer one, the stale request is
 * aborted, an answer that does not match its schema is an error, not a half-drawn page.
 */
import { z } from '@hono/zod-openapi';
import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ErrorNotice } from '../components/ErrorNotice.js';
import { deferred, json, renderWith, stubApi } from '../test/render.js';
import { api, read } from './api-client.js';
import { useApi } from './query.js';

const Named = z.object({ name: z.string() });

function Show({ path }: { path: string }) {
  const answer = useApi(path, Named);
  if (answer.error) return <ErrorNotice error={answer.error} />;
  return <p data-testid="name">{answer.data?.name ?? 'loading'}</p>;
}

describe('useApi', () => {
  it('shows the answer to the newest request when an older one answers last, and aborts the older', async () => {
    const slow = deferred<Response>();
    const sent = stubApi({
      'GET /api/things/a': slow.promise,
      'GET /api/things/b': json({ name: 'B' }),
    });
    const view = renderWith(<Show path="/api/things/a" />);
    await waitFor(() => expect(sent).toHaveLength(1));
    view.rerender(<Show path="/api/things/b" />);
    expect(await screen.findByText('B')).toBeTruthy();
    slow.resolve(json({ name: 'A, too late' }));
    await new Promise((r) => setTimeout(r, 20));
    expect(screen.getByTestId('name').textContent).toBe('B');
    expect(sent[0]!.signal?.aborted).toBe(true);
    expect(sent[1]!.signal?.aborted).toBe(false);
  });

  it('an answer that does not match the schema is an error naming the field, in the reader’s language', async () => {
    stubApi({ 'GET /api/things/a': json({ name: 3 }) });
    renderWith(<Show path="/api/things/a" />, { locale: 'fr' });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('La réponse du serveur');
    // The field the answer got wrong is for support: in small print, beside the reference.
    expect(alert.querySelector('small')?.textContent).toContain('name');
  });

  it('a refused read shows the server’s message and the request id', async () => {
    stubApi({
      'GET /api/things/a': json(
        { error: { code: 'forbidden', message: 'Not allowed', details: [], requestId: 'r-9' } },
        403,
      ),
    });
    renderWith(<Show path="/api/things/a" />);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Not allowed');
    expect(alert.querySelector('small')?.textContent).toContain('r-9');
  });
});

describe('api()', () => {
  it('an aborted request rejects as aborted, not as a network failure', async () => {
    stubApi({
      'GET /api/slow': (init) =>
        new Promise<Response>((_, reject) =>
          init.signal!.addEventListener('abort', () =>
            reject(new DOMException('aborted', 'AbortError')),
          ),
        ),
    });
    const controller = new AbortController();
    const request = read('/api/slow', { signal: controller.signal });
    controller.abort();
    await expect(request).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('a failed connection is the network error the pages translate', async () => {
    stubApi({
      'GET /api/down': () => {
        throw new TypeError('Failed to fetch');
      },
    });
    await expect(api('GET', '/api/down')).rejects.toMatchObject({ code: 'network', status: 0 });
  });
});
