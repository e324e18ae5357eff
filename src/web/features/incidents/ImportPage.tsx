/**
 * Import conflict-event files from the browser: the upload shows its progress, then the import's
 * (bytes read by the server); the outcome lists rejected rows by line, column and reason, with
 * the full report as a CSV download.
 */
import { useState, type FormEvent } from 'react';
import { ImportJob, type ImportFormat } from '../../../modules/incidents/incident.schema.js';
import type { PageProps } from '../../app/modules.js';
import { ErrorNotice, useFieldErrors } from '../../components/ErrorNotice.js';
import { MissionField } from '../../components/MissionField.js';
import { useI18n } from '../../i18n/i18n.js';
import { ApiError, csrfHeader } from '../../lib/api-client.js';
import { useApi } from '../../lib/query.js';

const formats: ImportFormat[] = ['ucdp', 'acled', 'hxl'];

/** fetch() cannot report upload progress; XMLHttpRequest can. */
function upload(
  url: string,
  file: File,
  onProgress: (fraction: number) => void,
): Promise<ImportJob> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', url);
    xhr.setRequestHeader('Content-Type', 'application/octet-stream');
    for (const [k, v] of Object.entries(csrfHeader())) xhr.setRequestHeader(k, v);
    xhr.upload.onprogress = (e) => e.lengthComputable && onProgress(e.loaded / e.total);
    xhr.onerror = () =>
      reject(
        new ApiError({ status: 0, code: 'network', message: '', details: [], requestId: null }),
      );
    xhr.onload = () => {
      const data = xhr.responseText ? (JSON.parse(xhr.responseText) as unknown) : null;
      if (xhr.status === 202) return resolve(data as ImportJob);
      const e = (
        data as { error?: { code: string; message: string; details: []; requestId: string } } | null
      )?.error;
      reject(
        new ApiError({
          status: xhr.status,
          code: e?.code ?? 'internal',
          message: e?.message ?? xhr.statusText,
          details: e?.details ?? [],
          requestId: e?.requestId ?? null,
        }),
      );
    };
    xhr.send(file);
  });
}

export function ImportPage({ me }: PageProps) {
  const { t } = useI18n();
  const [uploaded, setUploaded] = useState<number | null>(null);
  const [started, setJob] = useState<ImportJob | null>(null);
  const [sendError, setError] = useState<unknown>(null);
  // The job as the server reports it, read again every 400 ms until it has ended.
  const polled = useApi(
    started?.status === 'running' ? `/api/imports/${started.id}` : null,
    ImportJob,
    { every: (job) => (job && job.status !== 'running' ? false : 400) },
  );
  const job = (polled.data?.id === started?.id ? polled.data : null) ?? started;
  const error = sendError ?? polled.error;
  const fieldError = useFieldErrors(sendError);

  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    const file = f.get('file');
    if (!(file instanceof File) || file.size === 0) {
      setError(
        new ApiError({
          status: 400,
          code: 'validation_failed',
          message: t('import.chooseFile'),
          details: [],
          requestId: null,
        }),
      );
      return;
    }
    const params = new URLSearchParams({
      format: String(f.get('format')),
      filename: file.name,
      keepGoodRows: f.get('keepGoodRows') ? 'true' : 'false',
    });
    // At headquarters the user chooses the mission the events go into.
    const missionId = String(f.get('missionId') ?? '');
    if (missionId) params.set('missionId', missionId);
    setError(null);
    setJob(null);
    setUploaded(0);
    try {
      setJob(await upload(`/api/imports?${params.toString()}`, file, setUploaded));
    } catch (err) {
      setError(err);
      setUploaded(null);
    }
  };
  const running = uploaded !== null && (job === null || job.status === 'running');
  return (
    <section>
      <h1>{t('import.title')}</h1>
      <p className="muted">
        {me.missionId === null
          ? t('import.introHq')
          : t('import.intro', {
              mission: me.views.find((v) => v.missionId === me.missionId)?.acronym ?? '',
            })}
      </p>
      <form onSubmit={submit} className="card" data-testid="import-form">
        <div className="grid">
          <MissionField me={me} error={fieldError('missionId')} />
          <div className="field">
            <label htmlFor="import-format">{t('import.format')}</label>
            <select id="import-format" name="format" defaultValue="ucdp">
              {formats.map((f) => (
                <option key={f} value={f}>
                  {t(`import.format.${f}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="import-file">{t('import.file')}</label>
            <input id="import-file" name="file" type="file" accept=".csv,.geojson,.json,.gz" />
          </div>
        </div>
        <label className="checkbox">
          <input type="checkbox" name="keepGoodRows" /> {t('import.keepGoodRows')}
        </label>
        <p>
          <button type="submit" disabled={running}>
            {t('import.start')}
          </button>
        </p>
      </form>
      <ErrorNotice error={error} />
      {uploaded !== null && (
        <div className="card" data-testid="import-progress">
          <label className="progress-row">
            {t('import.uploading')}
            <progress max={1} value={uploaded} />
          </label>
          {job && (
            <label className="progress-row">
              {t('import.importing', { rows: job.rows })}
              <progress
                max={job.bytesTotal}
                value={job.status === 'running' ? job.bytesRead : job.bytesTotal}
              />
            </label>
          )}
          {job && job.status !== 'running' && <Outcome job={job} />}
        </div>
      )}
    </section>
  );
}

function Outcome({ job }: { job: ImportJob }) {
  const { t } = useI18n();
  return (
    <div role="status" data-testid="import-outcome">
      <p className={job.status === 'done' ? 'notice' : 'notice notice-error'}>
        {t(`import.status.${job.status}`, {
          rows: job.rows,
          created: job.created,
          updated: job.updated,
          unchanged: job.unchanged,
          rejected: job.rejectedCount,
        })}
        {job.message && ` ${job.message}`}
      </p>
      {job.rejectedCount > 0 && (
        <>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('import.line')}</th>
                <th scope="col">{t('import.column')}</th>
                <th scope="col">{t('import.reason')}</th>
              </tr>
            </thead>
            <tbody>
              {job.errors.map((e, i) => (
                <tr key={i}>
                  <td>{e.line}</td>
                  <td dir="ltr">{e.column}</td>
                  <td dir="ltr">{e.reason}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p>
            <a href={`/api/imports/${job.id}/report.csv`} download>
              {t('import.report', { count: job.rejectedCount })}
            </a>
          </p>
        </>
      )}
    </div>
  );
}
