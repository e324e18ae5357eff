/** The mission the benchmarks build in: MINUSCA in the Central African Republic. */
export const benchMission = {
  acronym: 'MINUSCA',
  name: 'MINUSCA',
  hostCountries: ['CAF'],
  mandateStart: '2014-04-10',
  mandateEnd: null,
  headquarters: { name: 'Bangui', latitude: 4.39, longitude: 18.56 },
};
