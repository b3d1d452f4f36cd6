"use client";

import { useActionState, useState } from "react";
import { saveAuthorAction } from "@/lib/authors/actions";
import type { AuthorEditDTO, LinkableUserDTO } from "@/lib/authors/admin-queries";
import { AFFILIATION_ROWS, LINK_ROWS, MAX_ROWS, affiliationField, linkField } from "@/lib/authors/schemas";
import type { MediaOptionDTO } from "@/lib/media/queries";
import { ACCEPTED_IMAGE_TYPES } from "@/lib/media/validate";
import { FieldError, FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { MediaPicker } from "@/components/admin/media/media-picker";
import { SlugField } from "@/components/admin/taxonomy/slug-field";
import { TextAreaField, TextField } from "@/components/admin/taxonomy/text-field";
import { AffiliationRows, LinkRows } from "@/components/admin/authors/author-rows";

interface AuthorFormProps {
  /** The saved author, or null for a new one. */
  author: AuthorEditDTO | null;
  media: MediaOptionDTO[];
  users: LinkableUserDTO[];
}

/** The saved value of every form field, by field name (rows included). */
function savedValues(author: AuthorEditDTO | null): Record<string, string> {
  if (!author) return {};
  const values: Record<string, string> = {
    name: author.name,
    slug: author.slug,
    jobTitle: author.jobTitle,
    bio: author.bio,
    photoId: author.photoId ?? "",
    userId: author.userId ?? "",
  };
  author.affiliations.forEach((a, i) => {
    values[affiliationField(i, "role")] = a.role;
    values[affiliationField(i, "organisation")] = a.organisation;
    values[affiliationField(i, "url")] = a.url;
  });
  author.links.forEach((l, i) => {
    values[linkField(i, "kind")] = l.kind;
    values[linkField(i, "url")] = l.url;
  });
  return values;
}

const rowCount = (saved: number, offered: number) => Math.min(MAX_ROWS, Math.max(offered, saved + 1));

/** Create or edit an author profile. Works as a plain multipart form; nothing typed is lost on a refusal. */
export function AuthorForm({ author, media, users }: AuthorFormProps) {
  const [state, action] = useActionState(saveAuthorAction, null);
  const failed = state && !state.ok ? state : null;
  const saved = savedValues(author);
  const value = (field: string) => (failed ? failed.values[field] : saved[field]) ?? "";
  const errors = failed?.fieldErrors ?? {};
  const [name, setName] = useState(value("name"));
  return (
    <form action={action} className="form catalogue-form">
      <FormMessage state={state} />
      <input type="hidden" name="id" value={author?.id ?? ""} />
      <TextField id="author-name" name="name" label="Name" required maxLength={120} defaultValue={value("name")} errors={errors.name} onChange={(e) => setName(e.currentTarget.value)} />
      <SlugField id="author-slug" name={name} defaultValue={value("slug")} errors={errors.slug} existing={Boolean(author)} />
      <TextField id="author-jobTitle" name="jobTitle" label="Job title" maxLength={120} defaultValue={value("jobTitle")} errors={errors.jobTitle} placeholder="Hardware reporter" />
      <TextAreaField
        id="author-bio"
        name="bio"
        label="Bio"
        hint="Markdown: leave a blank line between paragraphs; **bold**, *italic* and [links](https://…) work."
        rows={10}
        maxLength={20_000}
        defaultValue={value("bio")}
        errors={errors.bio}
      />
      <fieldset className="catalogue-rows">
        <legend>Photo</legend>
        <MediaPicker name="photoId" label="Choose from the library" defaultValue={value("photoId") || null} options={media} />
        <FieldError id="author-photoId-error" errors={errors.photoId} />
        <label htmlFor="author-photoFile">…or upload a new photo</label>
        <p className="hint" id="author-photoFile-hint">
          JPEG, PNG, WebP, GIF or AVIF, up to 10 MB. It replaces the choice above and joins the library.
        </p>
        <input
          id="author-photoFile"
          name="photoFile"
          type="file"
          accept={ACCEPTED_IMAGE_TYPES}
          aria-invalid={errors.photoFile ? true : undefined}
          aria-describedby={errors.photoFile ? "author-photoFile-hint author-photoFile-error" : "author-photoFile-hint"}
        />
        <FieldError id="author-photoFile-error" errors={errors.photoFile} />
      </fieldset>
      <AffiliationRows count={rowCount(author?.affiliations.length ?? 0, AFFILIATION_ROWS)} value={value} errors={errors} />
      <LinkRows count={rowCount(author?.links.length ?? 0, LINK_ROWS)} value={value} errors={errors} />
      <div className="field">
        <label htmlFor="author-userId">Linked account</label>
        <p className="hint" id="author-userId-hint">
          The newsroom login this byline belongs to, if any. Each account can be linked to one author.
        </p>
        <select
          id="author-userId"
          name="userId"
          defaultValue={value("userId")}
          aria-invalid={errors.userId ? true : undefined}
          aria-describedby={errors.userId ? "author-userId-hint author-userId-error" : "author-userId-hint"}
        >
          <option value="">Not linked</option>
          {users.map((u) => {
            const elsewhere = u.linkedAuthorId !== null && u.linkedAuthorId !== author?.id;
            return (
              <option key={u.id} value={u.id} disabled={elsewhere}>
                {u.label} · {u.role.toLowerCase()}
                {elsewhere ? ` (linked to ${u.linkedAuthorName})` : ""}
              </option>
            );
          })}
        </select>
        <FieldError id="author-userId-error" errors={errors.userId} />
      </div>
      <SubmitButton pendingText="Saving…">{author ? "Save author" : "Create author"}</SubmitButton>
    </form>
  );
}
