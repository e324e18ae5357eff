import { useI18n } from '../i18n/i18n.js';
import type { MessageKey } from '../i18n/en.js';
import { ApiError, type ErrorDetail } from '../lib/api-client.js';

const reasons = new Set([
  'required',
  'too_short',
  'too_long',
  'too_small',
  'too_big',
  'invalid_format',
  'invalid_choice',
  'unknown_field',
  'invalid',
  'in_future',
]);

/** A field's problem in the user's language, from the detail's code; the API's English text otherwise. */
function useDetailText() {
  const { t } = useI18n();
  return (detail: ErrorDetail) =>
    detail.code && reasons.has(detail.code)
      ? t(`validation.${detail.code}` as MessageKey, detail.params)
      : detail.message;
}

/** Shows an API error: its message, each field's problem, and the request id to quote to support. */
export function ErrorNotice({ error }: { error: unknown }) {
  const { t } = useI18n();
  const detailText = useDetailText();
  if (!error) return null;
  const api = error instanceof ApiError ? error : null;
  const message =
    api?.code === 'network'
      ? t('error.network')
      : api?.code === 'unexpected_answer'
        ? t('error.unexpectedAnswer')
        : api?.code === 'validation_failed' && api.details.length > 0
          ? t('error.invalidInput')
          : (api?.message ?? String(error));
  return (
    <div role="alert" className="notice notice-error">
      <strong>{t('error.title')}</strong>
      <p>{message}</p>
      {api && api.details.length > 0 && (
        <ul>
          {api.details.map((d) => (
            <li key={d.path}>{t('error.field', { field: d.path, message: detailText(d) })}</li>
          ))}
        </ul>
      )}
      {api?.requestId && <p className="muted">#{api.requestId}</p>}
    </div>
  );
}

/** `const fieldError = useFieldErrors(error)`; `fieldError('name')` is that field's message, translated. */
export function useFieldErrors(error: unknown): (path: string) => string | undefined {
  const detailText = useDetailText();
  return (path) => {
    if (!(error instanceof ApiError)) return undefined;
    const detail = error.details.find((d) => d.path === path || d.path.startsWith(`${path}.`));
    return detail && detailText(detail);
  };
}
