/**
 * Issue 18: at headquarters a record's mission is asked for. The user's own mission is chosen for
 * them, or the only one; among several, none is — the record never goes silently to the first.
 */
import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { missionFixture, renderWith, signedIn } from '../test/render.js';
import { MissionField } from './MissionField.js';
import type { Role } from '../../core/permissions.js';

const mission = missionFixture;

function atHeadquarters(missionRoles: Role[]) {
  const { me } = signedIn(['incidents:write'], null);
  me.views = [
    { missionId: null, acronym: 'HQ', name: 'Headquarters', roles: ['analyst'] },
    { missionId: 'm2', acronym: 'MONUSCO', name: 'MONUSCO', roles: missionRoles },
  ];
  return me;
}

describe('MissionField', () => {
  it('among several missions, chooses none for a user who works in none of them', async () => {
    renderWith(
      <MissionField
        me={atHeadquarters([])}
        missions={[mission('m1', 'MINUSCA'), mission('m2', 'MONUSCO')]}
      />,
    );
    const select = screen.getByLabelText('Mission') as HTMLSelectElement;
    expect(select.value).toBe('');
    expect(select.options[0]!.textContent).toBe('Choose a mission');
  });

  it('chooses the mission the user works in, or the only one', async () => {
    renderWith(
      <MissionField
        me={atHeadquarters(['analyst', 'staff_officer'])}
        missions={[mission('m1', 'MINUSCA'), mission('m2', 'MONUSCO')]}
      />,
    );
    await waitFor(() =>
      expect((screen.getByLabelText('Mission') as HTMLSelectElement).value).toBe('m2'),
    );
  });

  it('in a mission there is nothing to choose', () => {
    renderWith(<MissionField me={signedIn([], 'm1').me} missions={[mission('m1', 'MINUSCA')]} />);
    expect(screen.queryByLabelText('Mission')).toBeNull();
  });
});
