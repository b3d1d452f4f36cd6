/** The message above a form after it was submitted: an error (announced) or a confirmation. */
export function FormMessage({ state }: { state: { ok: boolean; message: string } | null }) {
  if (!state) return null;
  return (
    <p className={state.ok ? "form-message form-message--ok" : "form-message form-message--error"} role={state.ok ? "status" : "alert"}>
      {state.message}
    </p>
  );
}

/** The errors of one field, tied to it by id for screen readers. */
export function FieldError({ id, errors }: { id: string; errors: string[] | undefined }) {
  if (!errors?.length) return null;
  return (
    <p id={id} className="field-error">
      {errors.join(" ")}
    </p>
  );
}
