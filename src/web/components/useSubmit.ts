/**
 * A form's submit: run the call with the form's data, reset it, then `onDone`; or keep the error.
 * `pending` is true from the click until `onDone` has finished, so a form can hold its fields still
 * (what is typed meanwhile would be lost to the reset).
 */
import { useState, type FormEvent } from 'react';

export function useSubmit(onDone: () => unknown) {
  const [error, setError] = useState<unknown>(null);
  const [pending, setPending] = useState(false);
  const submit = async (e: FormEvent<HTMLFormElement>, call: (f: FormData) => Promise<unknown>) => {
    e.preventDefault();
    const form = e.currentTarget;
    const data = new FormData(form);
    setPending(true);
    try {
      await call(data);
      form.reset();
      setError(null);
      await onDone();
    } catch (err) {
      setError(err);
    } finally {
      setPending(false);
    }
  };
  return { error, setError, submit, pending };
}

/** A trimmed text field of a submitted form. */
export const field = (f: FormData, name: string) => String(f.get(name) ?? '').trim();
