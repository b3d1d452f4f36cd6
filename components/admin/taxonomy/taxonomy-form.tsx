"use client";

import { useActionState, useState } from "react";
import type { ActionResult, ActionState } from "@/lib/action";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { SlugField } from "@/components/admin/taxonomy/slug-field";
import { TextAreaField, TextField } from "@/components/admin/taxonomy/text-field";

export interface TaxonomyValues {
  /** Empty for a new row. */
  id: string;
  name: string;
  slug: string;
  description: string;
  /** Sections only: their order. */
  position?: string;
}

interface TaxonomyFormProps {
  action: (state: ActionState<{ id: string; slug: string }>, formData: FormData) => Promise<ActionResult<{ id: string; slug: string }>>;
  /** "section" or "tag": used in labels and field ids. */
  noun: string;
  initial: TaxonomyValues;
  nameMaxLength: number;
  submitLabel: string;
}

/** Create or edit a section or a tag. Works as a plain form; kept values on a refusal. */
export function TaxonomyForm({ action, noun, initial, nameMaxLength, submitLabel }: TaxonomyFormProps) {
  const [state, formAction] = useActionState(action, null);
  const failed = state && !state.ok ? state : null;
  const value = (field: keyof TaxonomyValues) => failed?.values[field] ?? initial[field] ?? "";
  const errors = failed?.fieldErrors ?? {};
  const [name, setName] = useState(failed?.values.name ?? initial.name);
  const idOf = (field: string) => `${noun}-${initial.id || "new"}-${field}`;
  // A new row's form starts empty again after it was created.
  const formKey = state?.ok && !initial.id ? `created-${state.data.id}` : "form";
  return (
    <form action={formAction} className="form catalogue-form" key={formKey}>
      <FormMessage state={state} />
      <input type="hidden" name="id" value={initial.id} />
      <TextField
        id={idOf("name")}
        name="name"
        label="Name"
        required
        maxLength={nameMaxLength}
        defaultValue={value("name")}
        errors={errors.name}
        onChange={(e) => setName(e.currentTarget.value)}
      />
      <SlugField id={idOf("slug")} name={name} defaultValue={value("slug")} errors={errors.slug} existing={Boolean(initial.id)} />
      <TextAreaField
        id={idOf("description")}
        name="description"
        label="Description"
        hint={`Shown on the ${noun}'s page and in search results. Plain text, up to 500 characters.`}
        rows={3}
        maxLength={500}
        defaultValue={value("description")}
        errors={errors.description}
      />
      {initial.position !== undefined && (
        <TextField
          id={idOf("position")}
          name="position"
          label="Position"
          hint="Order in the site header and on the front page: lower comes first. Leave empty to put a new section last."
          inputMode="numeric"
          pattern="[0-9]*"
          maxLength={4}
          defaultValue={value("position")}
          errors={errors.position}
        />
      )}
      <SubmitButton pendingText="Saving…">{submitLabel}</SubmitButton>
    </form>
  );
}
