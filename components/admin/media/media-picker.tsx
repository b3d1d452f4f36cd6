import { ResponsiveImage } from "@/components/ui/responsive-image";
import type { MediaOptionDTO } from "@/lib/media/queries";
import styles from "./media-picker.module.css";

interface MediaPickerProps {
  /** The form field's name; its value is the chosen media id, or "" for no image. */
  name: string;
  defaultValue: string | null;
  options: MediaOptionDTO[];
  label: string;
}

/**
 * Choosing a stored image without JavaScript: a radio per image (thumbnail and alt text) and
 * "No image", folded in a disclosure that names the current choice. A chosen image missing from
 * `options` stays chosen, so saving a form never drops it by accident.
 */
export function MediaPicker({ name, defaultValue, options, label }: MediaPickerProps) {
  const chosen = defaultValue ? options.find((o) => o.id === defaultValue) : undefined;
  const keepUnlisted = Boolean(defaultValue) && !chosen;
  const current = chosen ? chosen.alt || "an image without alt text" : keepUnlisted ? "the current image" : "no image";
  return (
    <details className={styles.picker}>
      <summary>
        {label} <span className={styles.current}>(now: {current})</span>
      </summary>
      <fieldset className={styles.fieldset}>
        <legend className="visually-hidden">{label}</legend>
        <ul role="list" className={styles.options}>
          <li>
            <label className={styles.option}>
              <span className={styles.none} aria-hidden="true">
                —
              </span>
              <span>
                <input type="radio" name={name} value="" defaultChecked={!defaultValue} /> No image
              </span>
            </label>
          </li>
          {keepUnlisted && (
            <li>
              <label className={styles.option}>
                <span className={styles.none} aria-hidden="true">
                  ✓
                </span>
                <span>
                  <input type="radio" name={name} value={defaultValue ?? ""} defaultChecked /> Keep the current image
                </span>
              </label>
            </li>
          )}
          {options.map((o) => (
            <li key={o.id}>
              <label className={styles.option}>
                <ResponsiveImage image={{ ...o, alt: "" }} sizes="9rem" fallbackWidth={320} className={styles.thumb} />
                <span className={styles.alt}>
                  <input type="radio" name={name} value={o.id} defaultChecked={o.id === defaultValue} /> {o.alt || "(no alt text)"}
                </span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
    </details>
  );
}
