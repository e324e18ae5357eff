import { useI18n } from '../i18n/i18n.js';
import { ApiError } from '../lib/api-client.js';

/** Shows an API error: its message, each field's problem, and the request id to quote to support. */
export function ErrorNotice({ error }: { error: unknown }) {
  const { t } = useI18n();
  if (!error) return null;
  const api = error instanceof ApiError ? error : null;
  const message = api?.code === 'network' ? t('error.network') : (api?.message ?? String(error));
  return (
    <div role="alert" className="notice notice-error">
      <strong>{t('error.title')}</strong>
      <p>{message}</p>
      {api && api.details.length > 0 && (
        <ul>
          {api.details.map((d) => (
            <li key={d.path}>{t('error.field', { field: d.path, message: d.message })}</li>
          ))}
        </ul>
      )}
      {api?.requestId && <p className="muted">#{api.requestId}</p>}
    </div>
  );
}

/** The message for one field, from the API error's details, shown under that field. */
export function fieldError(error: unknown, path: string): string | undefined {
  if (!(error instanceof ApiError)) return undefined;
  return error.details.find((d) => d.path === path || d.path.startsWith(`${path}.`))?.message;
}
