/** A labelled select over codes, each option translated; its validation message tied to it. */
import { useId } from 'react';
import { useI18n } from '../i18n/i18n.js';
import type { MessageKey } from '../i18n/en.js';

export function CodeSelect({
  label,
  name,
  codes,
  prefix,
  error,
  defaultValue,
  placeholder,
}: {
  label: string;
  name: string;
  codes: readonly string[];
  /** The messages' prefix, e.g. "conduct.channel.", or a function naming each code. */
  prefix: string | ((code: string) => string);
  error?: string | undefined;
  defaultValue?: string | undefined;
  /** A first, empty option (nothing chosen yet), e.g. "Choose a mission". */
  placeholder?: string | undefined;
}) {
  const { t } = useI18n();
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        name={name}
        defaultValue={defaultValue}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
      >
        {placeholder ? <option value="">{placeholder}</option> : null}
        {codes.map((code) => (
          <option key={code} value={code}>
            {typeof prefix === 'string' ? t(`${prefix}${code}` as MessageKey) : prefix(code)}
          </option>
        ))}
      </select>
      {error && (
        <span id={`${id}-error`} className="field-error">
          {error}
        </span>
      )}
    </div>
  );
}
