/** A form's submit: run the call with the form's data, reset it, then `onDone`; or keep the error. */
import { useState, type FormEvent } from 'react';

export function useSubmit(onDone: () => unknown) {
  const [error, setError] = useState<unknown>(null);
  const submit = async (e: FormEvent<HTMLFormElement>, call: (f: FormData) => Promise<unknown>) => {
    e.preventDefault();
    const form = e.currentTarget;
    try {
      await call(new FormData(form));
      form.reset();
      setError(null);
      await onDone();
    } catch (err) {
      setError(err);
    }
  };
  return { error, setError, submit };
}

/** A trimmed text field of a submitted form. */
export const field = (f: FormData, name: string) => String(f.get(name) ?? '').trim();
