/**
 * E2: alerts are published as OASIS CAP 1.2, valid against the official XSD (xmllint); the CAP
 * samples are parser tests — the real ones read, the faulty ones refused naming the element, and the
 * one built as an XML-injection attack refused before anything is parsed or fetched.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { capSchemaDir as dir, xsdValid } from '../../../test/support/cap.js';
import { capTime, parseCap, toCapXml, type CapAlert } from './cap.js';

const samples = path.join(dir, 'samples');
const sample = (name: string) => fs.readFileSync(path.join(samples, name), 'utf8');

const alert: CapAlert = {
  identifier: 'peaceops-MINUSCA-0195f0c2-7000-8000',
  sender: 'early-warning@minusca.example.org',
  sent: capTime(new Date('2026-03-01T08:15:30.120Z')),
  status: 'Actual',
  msgType: 'Alert',
  scope: 'Restricted',
  restriction: 'MINUSCA protection of civilians cell and JOC',
  note: 'Rule: attack on civilians with 5 or more killed within 20 km of a base',
  infos: [
    {
      language: 'en',
      categories: ['Security'],
      event: 'Attack on civilians near a UN base',
      responseTypes: ['Monitor', 'Assess'],
      urgency: 'Immediate',
      severity: 'Severe',
      certainty: 'Observed',
      effective: capTime(new Date('2026-03-01T08:15:30Z')),
      expires: capTime(new Date('2026-03-02T08:15:30Z')),
      senderName: 'MINUSCA early warning',
      headline: '7 civilians killed 12 km from Bria base',
      description: 'Armed men attacked <Ndele road> & the market; 7 killed "on the spot".',
      parameters: [{ valueName: 'fatalities', value: '7' }],
      areas: [
        {
          areaDesc: 'Bria, Haute-Kotto',
          circles: ['6.5423,21.9860 20'],
          polygons: ['6.4,21.8 6.7,21.8 6.7,22.1 6.4,22.1 6.4,21.8'],
          geocodes: [{ valueName: 'ISO3166-1', value: 'CF' }],
        },
      ],
    },
  ],
};

describe('CAP 1.2 out', () => {
  it('an alert written as CAP validates against the official CAP 1.2 XSD', () => {
    const verdict = xsdValid(toCapXml(alert));
    expect(verdict.output).toMatch(/validates/);
    expect(verdict.ok).toBe(true);
  });

  it('reads back as the same alert; text is escaped, not markup', () => {
    const xml = toCapXml(alert);
    expect(xml).toContain('&lt;Ndele road&gt; &amp; the market');
    expect(parseCap(xml)).toEqual({
      version: '1.2',
      alert: {
        ...alert,
        source: undefined,
        addresses: undefined,
        references: undefined,
        infos: alert.infos.map((i) => ({
          ...i,
          onset: undefined,
          instruction: undefined,
          web: undefined,
        })),
      },
    });
  });

  it('the harness can fail: a document out of the schema’s order does not validate', () => {
    expect(xsdValid(sample('NEGATIVE_google_testdata_invalid.xml')).ok).toBe(false);
  });
});

describe('CAP samples as parser tests', () => {
  const readable = [
    ['oasis_spec_amber_alert_example.xml', '1.2'],
    ['oasis_spec_43b080713727_homeland_security.xml', '1.2'],
    ['oasis_spec_KAR0-0306112239-SW_thunderstorm.xml', '1.1'],
    ['google_testdata_australia.xml', '1.2'],
    ['google_testdata_canada.xml', '1.2'],
    ['google_testdata_wcatwc-warning.xml', '1.2'],
    ['google_example_thunderstorm.xml', '1.2'],
    ['google_testdata_earthquake.xml', '1.1'],
    ['google_testdata_weather.xml', '1.1'],
    ['google_testdata_no_optional_fields.xml', '1.1'],
  ] as const;

  it.each(readable)('%s reads (CAP %s)', (name, version) => {
    const read = parseCap(sample(name));
    expect(read.version).toBe(version);
    expect(read.alert.identifier).not.toBe('');
  });

  it('the Amber alert reads with its fields', () => {
    const { alert: a } = parseCap(sample('oasis_spec_amber_alert_example.xml'));
    expect(a).toMatchObject({ status: 'Actual', msgType: 'Alert', scope: 'Public' });
    expect(a.infos[0]).toMatchObject({ categories: ['Rescue'], urgency: 'Immediate' });
  });

  it('a missing scope is refused naming it', () => {
    expect(() => parseCap(sample('NEGATIVE_google_testdata_invalid.xml'))).toThrow(
      /alert\.scope: required/,
    );
  });

  it('an element out of the schema’s order is refused naming it', () => {
    const shuffled = sample('oasis_spec_amber_alert_example.xml').replace(
      /(<status>[^<]*<\/status>)(\s*)(<msgType>[^<]*<\/msgType>)/,
      '$3$2$1',
    );
    expect(() => parseCap(shuffled)).toThrow(/alert\.status: out of order: comes before msgType/);
  });

  it('empty urgency, severity and certainty are refused naming the element', () => {
    expect(() => parseCap(sample('NEGATIVE_google_testdata_noaa_errors.xml'))).toThrow(
      /alert\.info\[0\]\.(urgency|severity|certainty)/,
    );
  });

  it('the CAP rules the XSD cannot state: an update must reference what it updates', () => {
    expect(() => parseCap(sample('NEGATIVE_google_testdata_canada_errors_semantic.xml'))).toThrow(
      /alert\.references: required for a message of type Update/,
    );
  });

  it('the XML-injection attack is refused before parsing: no DTD, no entity, nothing fetched', () => {
    const attack = sample('NEGATIVE_google_testdata_xxe_injection_fixture.xml');
    expect(() => parseCap(attack)).toThrow(/DOCTYPE or entity declaration is refused/);
    // Without its DOCTYPE, the entity reference and the XInclude are refused on their own.
    const noDoctype = attack
      .replace(/<!DOCTYPE[\s\S]*?\]>/, '')
      .replace(/<\?xml-stylesheet[^>]*\?>/, '');
    expect(() => parseCap(noDoctype)).toThrow(/XInclude is refused|entity reference "&xxe;"/);
    const noXInclude = noDoctype.replace(/<x xmlns:xi[\s\S]*?<\/x>/, '');
    expect(() => parseCap(noXInclude)).toThrow(/entity reference "&xxe;" is refused/);
  });
});
