/**
 * A small labelled form that posts and reports: its title as heading and button, the error notice,
 * and each field's message from the answer's details (`fe('path')`). The fields come as children.
 */
import type { ReactNode } from 'react';
import { ErrorNotice, useFieldErrors } from './ErrorNotice.js';
import { useSubmit } from './useSubmit.js';

export function ActionForm({
  title,
  call,
  onDone,
  children,
}: {
  title: string;
  call: (f: FormData) => Promise<unknown>;
  onDone: () => unknown;
  children: (fe: (path: string) => string | undefined) => ReactNode;
}) {
  const { error, submit, pending } = useSubmit(onDone);
  const fe = useFieldErrors(error);
  return (
    <form className="card" noValidate aria-label={title} onSubmit={(e) => void submit(e, call)}>
      <h3>{title}</h3>
      <ErrorNotice error={error} />
      <fieldset className="plain" disabled={pending} aria-busy={pending}>
        {children(fe)}
        <button type="submit">{title}</button>
      </fieldset>
    </form>
  );
}
