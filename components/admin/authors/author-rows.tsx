import { FieldError } from "@/components/ui/form-message";
import { authorLinkLabel } from "@/components/author/author-links";
import { AUTHOR_LINK_KINDS, affiliationField, linkField } from "@/lib/authors/schemas";

interface RowsProps {
  count: number;
  /** The value of a row field: echoed after a refusal, else the saved one. */
  value: (field: string) => string;
  errors: Record<string, string[] | undefined>;
}

const fieldId = (name: string) => `author-${name.replaceAll(".", "-")}`;

function RowInput({ name, label, type = "text", value, errors, placeholder }: { name: string; label: string; type?: string; value: string; errors?: string[]; placeholder?: string }) {
  const id = fieldId(name);
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        name={name}
        type={type}
        defaultValue={value}
        placeholder={placeholder}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={errors?.length ? `${id}-error` : undefined}
      />
      <FieldError id={`${id}-error`} errors={errors} />
    </div>
  );
}

/** "Technical editor at example.com": a fixed number of rows; blank rows are ignored, order is kept. */
export function AffiliationRows({ count, value, errors }: RowsProps) {
  return (
    <fieldset className="catalogue-rows">
      <legend>Affiliations</legend>
      <p className="hint">Shown as “Role at Organisation”, in this order. Leave unused rows empty.</p>
      {Array.from({ length: count }, (_, i) => {
        const name = (f: "role" | "organisation" | "url") => affiliationField(i, f);
        return (
          <div className="catalogue-row" key={i} role="group" aria-label={`Affiliation ${i + 1}`}>
            <RowInput name={name("role")} label="Role" value={value(name("role"))} errors={errors[name("role")]} placeholder="Technical editor" />
            <RowInput name={name("organisation")} label="Organisation" value={value(name("organisation"))} errors={errors[name("organisation")]} placeholder="example.com" />
            <RowInput name={name("url")} label="Address (optional)" type="url" value={value(name("url"))} errors={errors[name("url")]} placeholder="https://" />
          </div>
        );
      })}
    </fieldset>
  );
}

/** "Connect on LinkedIn": a kind and an https address per row. */
export function LinkRows({ count, value, errors }: RowsProps) {
  return (
    <fieldset className="catalogue-rows">
      <legend>Links</legend>
      <p className="hint">Secure (https://) addresses only, shown in this order. Leave unused rows empty.</p>
      {Array.from({ length: count }, (_, i) => {
        const kind = linkField(i, "kind");
        const url = linkField(i, "url");
        return (
          <div className="catalogue-row" key={i} role="group" aria-label={`Link ${i + 1}`}>
            <div className="field">
              <label htmlFor={fieldId(kind)}>Kind</label>
              <select
                id={fieldId(kind)}
                name={kind}
                defaultValue={value(kind)}
                aria-invalid={errors[kind]?.length ? true : undefined}
                aria-describedby={errors[kind]?.length ? `${fieldId(kind)}-error` : undefined}
              >
                <option value="">—</option>
                {AUTHOR_LINK_KINDS.map((k) => (
                  <option key={k} value={k}>
                    {authorLinkLabel(k)}
                  </option>
                ))}
              </select>
              <FieldError id={`${fieldId(kind)}-error`} errors={errors[kind]} />
            </div>
            <RowInput name={url} label="Address" type="url" value={value(url)} errors={errors[url]} placeholder="https://" />
          </div>
        );
      })}
    </fieldset>
  );
}
