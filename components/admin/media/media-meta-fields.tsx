import { TextField } from "@/components/admin/taxonomy/text-field";

interface MediaMetaFieldsProps {
  idPrefix: string;
  values: Partial<Record<"alt" | "caption" | "credit", string>>;
  errors: Record<string, string[] | undefined>;
}

/** Alt text (required), caption and credit: the words that travel with an image. */
export function MediaMetaFields({ idPrefix, values, errors }: MediaMetaFieldsProps) {
  return (
    <>
      <TextField
        id={`${idPrefix}-alt`}
        name="alt"
        label="Alt text (required)"
        hint="What the image shows, for people who cannot see it, e.g. “A server rack with blue status lights”."
        required
        maxLength={300}
        defaultValue={values.alt ?? ""}
        errors={errors.alt}
      />
      <TextField id={`${idPrefix}-caption`} name="caption" label="Caption" maxLength={500} defaultValue={values.caption ?? ""} errors={errors.caption} />
      <TextField
        id={`${idPrefix}-credit`}
        name="credit"
        label="Credit"
        hint="Who made the image, e.g. “Photo: Jane Doe / Agency”."
        maxLength={200}
        defaultValue={values.credit ?? ""}
        errors={errors.credit}
      />
    </>
  );
}
