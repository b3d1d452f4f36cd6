import type { InputHTMLAttributes, TextareaHTMLAttributes } from "react";
import { FieldError } from "@/components/ui/form-message";

interface FieldFrame {
  id: string;
  label: string;
  hint?: string;
  errors?: string[];
}

/** Label, hint and errors of one field, tied to it for screen readers. */
function describedBy({ id, hint, errors }: FieldFrame): string | undefined {
  const ids = [hint ? `${id}-hint` : "", errors?.length ? `${id}-error` : ""].filter(Boolean);
  return ids.length ? ids.join(" ") : undefined;
}

/** A labelled text input with its hint and its errors. */
export function TextField({ id, label, hint, errors, ...input }: FieldFrame & InputHTMLAttributes<HTMLInputElement>) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      <input id={id} {...input} aria-invalid={errors?.length ? true : undefined} aria-describedby={describedBy({ id, label, hint, errors })} />
      <FieldError id={`${id}-error`} errors={errors} />
    </div>
  );
}

/** A labelled textarea with its hint and its errors. */
export function TextAreaField({ id, label, hint, errors, ...input }: FieldFrame & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      <textarea id={id} {...input} aria-invalid={errors?.length ? true : undefined} aria-describedby={describedBy({ id, label, hint, errors })} />
      <FieldError id={`${id}-error`} errors={errors} />
    </div>
  );
}
