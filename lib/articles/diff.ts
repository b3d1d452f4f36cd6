/** A readable comparison of two revisions, field by field, as word-level changes. Pure. */
import { diffWordsWithSpace } from "diff";
import type { ArticleSnapshot } from "@/lib/articles/snapshot";

export interface DiffPart {
  kind: "same" | "added" | "removed";
  text: string;
}

export interface FieldDiff {
  field: "title" | "slug" | "standfirst" | "body";
  label: string;
  changed: boolean;
  parts: DiffPart[];
}

const FIELDS: { field: FieldDiff["field"]; label: string }[] = [
  { field: "title", label: "Headline" },
  { field: "slug", label: "Slug" },
  { field: "standfirst", label: "Standfirst" },
  { field: "body", label: "Body" },
];

export function diffText(before: string, after: string): DiffPart[] {
  return diffWordsWithSpace(before, after).map((c) => ({ kind: c.added ? "added" : c.removed ? "removed" : "same", text: c.value }));
}

export function diffSnapshots(before: ArticleSnapshot, after: ArticleSnapshot): FieldDiff[] {
  return FIELDS.map(({ field, label }) => {
    const parts = diffText(before[field], after[field]);
    return { field, label, changed: parts.some((p) => p.kind !== "same"), parts };
  });
}
