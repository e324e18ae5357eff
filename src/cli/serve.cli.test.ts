/**
 * Issue 18, the start-up output: the request log leaves the terminal a person watches (so the
 * demo's passwords stay on screen) and the demo says what it loaded, what it skipped and how to
 * load it, then each account once.
 */
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../core/config.js';
import { demoReport, withLogFile } from './serve.cli.js';

describe('serve', () => {
  const config = loadConfig({ PEACEOPS_DATA_DIR: '/srv/peaceops' });

  it('logs requests to a file in the data directory when a person watches the terminal', () => {
    expect(withLogFile(config, true).logFile).toBe('/srv/peaceops/server.log');
    // A service manager or a container collects stdout: the log stays there.
    expect(withLogFile(config, false).logFile).toBeNull();
    // PEACEOPS_LOG_FILE wins either way.
    const chosen = loadConfig({
      PEACEOPS_DATA_DIR: '/srv/peaceops',
      PEACEOPS_LOG_FILE: '/var/log/p.log',
    });
    expect(withLogFile(chosen, true).logFile).toBe('/var/log/p.log');
  });

  it('the demo report: loaded with links, skipped with the reason and the command, accounts once', () => {
    const text = demoReport(
      {
        missionId: 'm',
        admin: { username: 'admin', password: 'pw-admin' },
        accounts: [
          { username: 'admin', password: 'pw-admin', role: 'administrator', note: 'n' },
          { username: 'conduct', password: 'pw-conduct', role: 'conduct officer', note: 'n' },
        ],
        steps: [
          { state: 'loaded', what: '1,848 events: /incidents' },
          {
            state: 'skipped',
            what: 'forecasts',
            reason: 'not shipped',
            fill: 'peaceops forecast publish',
          },
        ],
        events: 1848,
        allegations: null,
        personnel: null,
        forecastsFrom: null,
      },
      'http://127.0.0.1:8080/',
    );
    expect(text).toContain('  loaded   1,848 events: http://127.0.0.1:8080/incidents');
    expect(text).toContain(
      '  skipped  forecasts: not shipped.\n           To load it: peaceops forecast publish',
    );
    expect(text).toContain('Sign in as "admin" with password: pw-admin');
    expect(text).toContain('Sign in as "conduct" with password: pw-conduct');
    // A later start: nothing new loaded, no account created.
    const later = demoReport(
      {
        missionId: 'm',
        admin: null,
        accounts: [],
        steps: [],
        events: 0,
        allegations: null,
        personnel: null,
        forecastsFrom: null,
      },
      'u',
    );
    expect(later).toContain('Sign in with your account');
    expect(later).not.toContain('password:');
  });
});
