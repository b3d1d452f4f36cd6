import type { ReactNode } from "react";

/** A confirmation carried over a redirect (e.g. `?deleted=1`): shown when `when` is "1". */
export function Notice({ when, children }: { when: string | string[] | undefined; children: ReactNode }) {
  if (when !== "1") return null;
  return (
    <p className="form-message form-message--ok" role="status">
      {children}
    </p>
  );
}
