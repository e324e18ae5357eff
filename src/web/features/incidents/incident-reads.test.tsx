/**
 * The incidents page's reads: once the map has answered grid cells (too many incidents to draw one
 * by one), every later request carries the view — one request per change, never the whole extent
 * again (on a million events that is the slowest query the page can make).
 */
import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { json, renderWith, stubApi } from '../../test/render.js';
import type { Filters } from './FilterBar.js';
import { useIncidentReads } from './incident-reads.js';
import type { Bbox } from './MapView.js';

function Probe(props: { filters: Filters; view: { bbox: Bbox; zoom: number } | null }) {
  const reads = useIncidentReads({ ...props, missionId: null });
  return <p data-testid="map">{reads.map ? `${reads.map.mode} ${reads.map.total}` : 'none'}</p>;
}

const cells = json({
  total: 9000,
  mode: 'cells',
  points: [],
  cells: [[20, 6, 9000, 12]],
  cellSize: 1,
});

describe('useIncidentReads', () => {
  it('after a cells answer, sends the view with each request and never the whole extent again', async () => {
    const sent = stubApi({
      'GET /api/missions': json({ items: [] }),
      'GET /api/incidents/facets': json({ adminAreas: [] }),
      'GET /api/incidents/timeline': json({ months: [] }),
      'GET /api/incidents/map': cells,
      'GET /api/incidents': json({ items: [], nextCursor: null }),
    });
    const view = { bbox: [14, 2, 27, 11] as Bbox, zoom: 6.2 };
    const mapRequests = () =>
      sent.filter((r) => r.path.startsWith('/api/incidents/map')).map((r) => r.path);
    const page = renderWith(<Probe filters={{}} view={null} />);
    await waitFor(() => expect(screen.getByTestId('map').textContent).toBe('cells 9000'));
    page.rerender(<Probe filters={{}} view={view} />);
    await waitFor(() => expect(mapRequests()).toHaveLength(2));
    page.rerender(<Probe filters={{ category: 'armed_clash' }} view={view} />);
    await waitFor(() => expect(mapRequests()).toHaveLength(3));
    await new Promise((r) => setTimeout(r, 30));
    expect(mapRequests()).toEqual([
      '/api/incidents/map?',
      '/api/incidents/map?&bbox=14%2C2%2C27%2C11&zoom=6',
      '/api/incidents/map?category=armed_clash&bbox=14%2C2%2C27%2C11&zoom=6',
    ]);
  });
});
