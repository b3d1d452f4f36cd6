import { TextField } from "@/components/admin/taxonomy/text-field";
import { SLUG_MAX_LENGTH, slugify } from "@/lib/text/slug";

interface SlugFieldProps {
  id: string;
  /** The name typed so far: the suggestion is made from it. */
  name: string;
  defaultValue: string;
  errors?: string[];
  /** Is this a saved row whose slug is already public? */
  existing: boolean;
}

/** The slug: typed, or left empty to use the one suggested from the name. */
export function SlugField({ id, name, defaultValue, errors, existing }: SlugFieldProps) {
  const suggestion = slugify(name);
  return (
    <TextField
      id={id}
      name="slug"
      label="Slug (the web address)"
      hint={`Lowercase letters, digits and dashes. Leave empty to use one made from the name${suggestion ? ` (${suggestion})` : ""}.${
        existing ? " After a change, the old address keeps redirecting here." : ""
      }`}
      errors={errors}
      defaultValue={defaultValue}
      placeholder={suggestion || undefined}
      maxLength={SLUG_MAX_LENGTH}
      autoComplete="off"
      spellCheck={false}
    />
  );
}
