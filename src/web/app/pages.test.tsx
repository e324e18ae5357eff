/**
 * Every page of the navigation, in a DOM: when the server refuses or fails, the page says so (an
 * alert with the server's message) instead of staying blank or half drawn. The map itself needs
 * WebGL, which a DOM without a GPU lacks; the browser flows (test/e2e) draw it.
 */
import { screen } from '@testing-library/react';
import { Suspense } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { permissions } from '../../core/permissions.js';
import { apiError, renderWith, signedIn, stubApi } from '../test/render.js';
import { navEntries } from './modules.js';

vi.mock('maplibre-gl', () => import('../test/maplibre-stub.js'));

/** Pages that are a form until the user sends it. */
const readsNothing = ['/import'];

const everyPermission = [...permissions];

describe.each(navEntries.filter((e) => e.path !== '/'))('the page $path', (entry) => {
  it('shows the server’s refusal as an alert (a form that reads nothing shows none)', async () => {
    const failing = () => apiError(503, { code: 'unavailable', message: 'Service unavailable' });
    const sent = stubApi(new Proxy({}, { get: () => failing }) as Record<string, () => Response>);
    const Page = entry.page;
    renderWith(
      <Suspense fallback={null}>
        <Page {...signedIn(everyPermission)} />
      </Suspense>,
    );
    if (readsNothing.includes(entry.path)) {
      await new Promise((r) => setTimeout(r, 50));
      expect(sent.filter((r) => r.method === 'GET')).toEqual([]);
      expect(screen.queryByRole('alert')).toBeNull();
      return;
    }
    const alerts = await screen.findAllByRole('alert', {}, { timeout: 3000 });
    expect(alerts.map((a) => a.textContent).join(' ')).toContain('Service unavailable');
  });
});
