/** Medical fixtures shared by the medical module's tests (M1–M3). */

/** A surgical level II hospital at Bangui M'Poko; add `missionId` where the caller is at HQ. */
export const levelTwoBangui = {
  name: 'Level II Bangui',
  level: 'level_2',
  status: 'operational',
  statusNote: '',
  latitude: 4.39,
  longitude: 18.52,
  operatedBy: 'UN',
  surgery: true,
  blood: true,
  beds: 40,
  icuBeds: 4,
} as const;
