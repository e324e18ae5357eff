/** The incident form's fields as the API's body (create or update). Pure, so it can be tested. */
export const casualtyGroups = ['unPersonnel', 'civilians', 'armedActors'] as const;
export const tolls = ['killed', 'injured', 'abducted'] as const;

export function incidentBody(form: FormData) {
  const text = (name: string) => String(form.get(name) ?? '').trim();
  // An empty number is sent as NaN (JSON null), which the server names as the field to fill.
  const number = (name: string) => (text(name) === '' ? Number.NaN : Number(text(name)));
  const casualties = Object.fromEntries(
    casualtyGroups.map((g) => [
      g,
      Object.fromEntries(tolls.map((k) => [k, number(`${g}.${k}`) || 0])),
    ]),
  );
  const names = (field: string, role: string) =>
    text(field)
      .split(';')
      .map((n) => ({ name: n.trim(), role }))
      .filter((a) => a.name);
  const source = text('source');
  return {
    // Left empty, the date is absent (the server says it is needed, not that its format is wrong).
    occurredAt: text('occurredAt') ? `${text('occurredAt')}:00Z` : undefined,
    timePrecision: text('timePrecision'),
    location: {
      latitude: number('latitude'),
      longitude: number('longitude'),
      precision: text('locationPrecision'),
      adminArea: text('adminArea') || null,
      placeName: text('placeName') || null,
    },
    category: text('category'),
    casualties: { ...casualties, unattributedKilled: number('unattributedKilled') || 0 },
    actors: [...names('perpetrators', 'perpetrator'), ...names('targets', 'target')],
    sources: source
      ? [
          {
            description: source,
            reliability: text('reliability'),
            credibility: number('credibility'),
          },
        ]
      : [],
    narrative: text('narrative'),
  };
}
