/**
 * The fields of a person's identity for vetting (C8): name, other names and spellings, date of
 * birth, identity document. Shared by a case's subject and a screening's candidate.
 */
import { Field } from '../../components/Field.js';
import { useI18n } from '../../i18n/i18n.js';
import { identityDocumentTypes as documentTypes } from '../../../modules/conduct/subject.schema.js';
import { CodeSelect } from '../../components/CodeSelect.js';
import { field } from '../../components/useSubmit.js';

export interface IdentityValues {
  name: string;
  otherNames?: string[];
  dateOfBirth?: string | null;
  document?: { type: string; number: string; issuer: string | null } | null;
}

/** The identity a form holds: other names one per ";"; no document without its number. */
export function identityFrom(f: FormData): IdentityValues {
  const number = field(f, 'documentNumber');
  return {
    name: field(f, 'name'),
    otherNames: field(f, 'otherNames')
      .split(';')
      .map((n) => n.trim())
      .filter(Boolean),
    dateOfBirth: field(f, 'dateOfBirth') || null,
    document: number
      ? { type: field(f, 'documentType'), number, issuer: field(f, 'documentIssuer') || null }
      : null,
  };
}

export function IdentityFields({
  errorOf,
  initial,
}: {
  /** The validation message of a field of the identity, by its name. */
  errorOf: (name: string) => string | undefined;
  initial?: IdentityValues | null;
}) {
  const { t } = useI18n();
  return (
    <>
      <Field
        label={t('vetting.name')}
        name="name"
        autoComplete="off"
        defaultValue={initial?.name}
        error={errorOf('name')}
      />
      <Field
        label={t('vetting.otherNames')}
        name="otherNames"
        autoComplete="off"
        defaultValue={initial?.otherNames?.join('; ')}
        error={errorOf('otherNames')}
      />
      <Field
        label={t('vetting.dateOfBirth')}
        name="dateOfBirth"
        placeholder="1985-03-12"
        inputMode="numeric"
        autoComplete="off"
        defaultValue={initial?.dateOfBirth ?? ''}
        error={errorOf('dateOfBirth')}
      />
      <CodeSelect
        label={t('vetting.documentType')}
        name="documentType"
        codes={documentTypes}
        prefix="vetting.document."
        defaultValue={initial?.document?.type}
      />
      <Field
        label={t('vetting.documentNumber')}
        name="documentNumber"
        autoComplete="off"
        defaultValue={initial?.document?.number}
        error={errorOf('document')}
      />
      <Field
        label={t('vetting.documentIssuer')}
        name="documentIssuer"
        placeholder="SEN"
        maxLength={3}
        autoComplete="off"
        defaultValue={initial?.document?.issuer ?? ''}
      />
    </>
  );
}
