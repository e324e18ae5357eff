import { useLayoutEffect, useRef, useState } from 'react';
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

/**
 * The form control a detail's path points at, in the form around the notice: by its full name
 * ("reference"), its last segment ("location.latitude" → "latitude") or its first ("allegations.0").
 */
function controlFor(scope: ParentNode, path: string): HTMLElement | null {
  const segments = path.split('.').filter((s) => !/^\d+$/.test(s));
  for (const name of [path, segments.at(-1), segments[0]]) {
    if (!name) continue;
    const found = scope.querySelector<HTMLElement>(`[name="${name.replace(/["\\]/g, '\\$&')}"]`);
    if (found) return found;
  }
  return null;
}

/** The words a person sees for a control: its label, else its accessible name. */
function labelOf(control: HTMLElement): string | null {
  const labels = (control as HTMLInputElement).labels;
  const text = labels?.[0]?.textContent ?? control.getAttribute('aria-label');
  return text?.trim() || null;
}

/**
 * Shows an API error: what went wrong in the reader's language and, for a refused form, each
 * field by its label with what to do (a button that moves to the field) — never the API's field
 * path. The request id stays in small print, to quote to support.
 */
export function ErrorNotice({ error }: { error: unknown }) {
  const { t } = useI18n();
  const detailText = useDetailText();
  const ref = useRef<HTMLDivElement>(null);
  const api = error instanceof ApiError ? error : null;
  // The labels are read from the page once it is drawn: the form knows its fields' words.
  const [controls, setControls] = useState<(HTMLElement | null)[]>([]);
  useLayoutEffect(() => {
    const scope = ref.current?.closest('form') ?? ref.current?.parentElement ?? null;
    setControls(api && scope ? api.details.map((d) => controlFor(scope, d.path)) : []);
  }, [api]);
  if (!error) return null;
  const message =
    api?.code === 'network'
      ? t('error.network')
      : api?.code === 'unexpected_answer'
        ? t('error.unexpectedAnswer')
        : api?.code === 'validation_failed' && api.details.length > 0
          ? t('error.invalidInput')
          : (api?.message ?? String(error));
  return (
    <div ref={ref} role="alert" className="notice notice-error">
      <strong>{t('error.title')}</strong>
      <p>{message}</p>
      {api && api.code !== 'unexpected_answer' && api.details.length > 0 && (
        <ul>
          {api.details.map((d, i) => {
            const control = controls[i] ?? null;
            const label = control && labelOf(control);
            return (
              <li key={`${d.path}-${i}`}>
                {label ? (
                  <button type="button" className="link" onClick={() => control.focus()}>
                    {t('error.field', { field: label, message: detailText(d) })}
                  </button>
                ) : (
                  detailText(d)
                )}
              </li>
            );
          })}
        </ul>
      )}
      {api?.requestId || api?.code === 'unexpected_answer' ? (
        <p>
          <small className="muted">
            {t('error.reference')}{' '}
            <bdi dir="ltr">
              {api.code === 'unexpected_answer'
                ? api.details.map((d) => d.path).join(', ')
                : api.requestId}
            </bdi>
          </small>
        </p>
      ) : null}
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
