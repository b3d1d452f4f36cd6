"use client";

import { useActionState, useState } from "react";
import { saveArticleAction } from "@/lib/articles/actions";
import type { ArticleSnapshot } from "@/lib/articles/snapshot";
import { FieldError, FormMessage } from "@/components/ui/form-message";
import { MediaPicker } from "@/components/admin/media/media-picker";
import { BodyPreview } from "@/components/admin/articles/body-preview";
import { WorkflowButtons } from "@/components/admin/articles/workflow-buttons";
import { AutosaveStatusText } from "@/components/admin/articles/autosave-status";
import { useAutosave } from "@/components/admin/articles/use-autosave";
import { useLeaveWarning } from "@/components/admin/articles/use-leave-warning";
import type { EditorOptions, WorkflowChoices } from "@/lib/articles/editor-page-data";
import { slugify } from "@/lib/text/slug";

interface ArticleEditorProps {
  articleId: string | null;
  version: number;
  initial: ArticleSnapshot;
  tagNames: string[];
  scheduledAtLocal: string;
  options: EditorOptions;
  workflow: WorkflowChoices;
  /** The form opens with an autosaved version, not the saved article: unsaved from the start. */
  restored?: boolean;
}

const AUTHOR_SLOTS = 3;

export function ArticleEditor({ articleId, version, initial, tagNames, scheduledAtLocal, options, workflow, restored = false }: ArticleEditorProps) {
  const [state, action] = useActionState(saveArticleAction, null);
  // A form React redraws (after a refused save) is a new element: the autosave follows it.
  const [form, setForm] = useState<HTMLFormElement | null>(null);
  const [changed, setChanged] = useState(restored);
  const autosave = useAutosave(form);
  // Until a save succeeds (which opens the editor afresh), leaving asks first.
  useLeaveWarning(changed);
  const failed = state && !state.ok ? state : null;
  const v = (key: string, fallback: string) => (failed ? (failed.values[key] ?? "") : fallback);
  const errors = failed?.fieldErrors ?? {};
  const [title, setTitle] = useState(v("title", initial.title));
  const [slug, setSlug] = useState(v("slug", initial.slug));
  const [body, setBody] = useState(v("body", initial.body));
  const authorIds = failed ? (failed.values.authorIds ?? "").split(",") : initial.authorIds;
  const field = (name: string) => ({
    id: `f-${name}`,
    name,
    "aria-invalid": errors[name] ? true : undefined,
    "aria-describedby": errors[name] ? `f-${name}-error` : undefined,
  });
  return (
    // After a refused save the form is drawn afresh from the echoed values: React resets a form
    // after its action, and uncontrolled selects would otherwise fall back to their first value.
    <form ref={setForm} action={action} onChange={() => setChanged(true)} className="form article-editor" encType="multipart/form-data" key={failed ? JSON.stringify(failed.values) : "form"}>
      <FormMessage state={failed} />
      <input type="hidden" name="articleId" value={articleId ?? ""} />
      <input type="hidden" name="version" value={version} />
      <div className="editor-columns">
        <div className="editor-fields">
          <label htmlFor="f-title">Headline</label>
          <input {...field("title")} required maxLength={200} value={title} onChange={(e) => setTitle(e.target.value)} />
          <FieldError id="f-title-error" errors={errors.title} />

          <label htmlFor="f-slug">Slug</label>
          <p className="hint">The address: /articles/{slug || slugify(title) || "…"}. Leave empty to make one from the headline.</p>
          <div className="form-row">
            <input {...field("slug")} maxLength={80} value={slug} onChange={(e) => setSlug(e.target.value)} />
            <button type="button" className="button button--secondary" onClick={() => setSlug(slugify(title))}>
              Suggest
            </button>
          </div>
          <FieldError id="f-slug-error" errors={errors.slug} />

          <label htmlFor="f-standfirst">Standfirst</label>
          <textarea {...field("standfirst")} rows={2} maxLength={400} defaultValue={v("standfirst", initial.standfirst)} />
          <FieldError id="f-standfirst-error" errors={errors.standfirst} />

          <label htmlFor="f-body">Body (Markdown)</label>
          <textarea {...field("body")} rows={18} value={body} onChange={(e) => setBody(e.target.value)} className="editor-body" />
          <FieldError id="f-body-error" errors={errors.body} />

          <fieldset>
            <legend>Hero image</legend>
            <MediaPicker name="heroImageId" label="Choose from the library" defaultValue={v("heroImageId", initial.heroImageId ?? "") || null} options={options.media} />
            <FieldError id="f-heroImageId-error" errors={errors.heroImageId} />
            <label htmlFor="f-heroUpload">…or upload a new image (JPEG, PNG, WebP, GIF or AVIF, up to 10 MB)</label>
            <input id="f-heroUpload" name="heroUpload" type="file" accept="image/jpeg,image/png,image/webp,image/gif,image/avif" />
            <label htmlFor="f-heroAlt">Alt text (required with an image)</label>
            <input {...field("heroAlt")} maxLength={300} defaultValue={v("heroAlt", initial.heroAlt)} />
            <FieldError id="f-heroAlt-error" errors={errors.heroAlt} />
            <label htmlFor="f-heroCaption">Caption</label>
            <input {...field("heroCaption")} maxLength={500} defaultValue={v("heroCaption", initial.heroCaption)} />
            <label htmlFor="f-heroCredit">Credit</label>
            <input {...field("heroCredit")} maxLength={200} defaultValue={v("heroCredit", initial.heroCredit)} />
          </fieldset>

          <label htmlFor="f-sectionId">Section</label>
          <select {...field("sectionId")} defaultValue={v("sectionId", initial.sectionId ?? "")}>
            <option value="">No section</option>
            {options.sections.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
          <FieldError id="f-sectionId-error" errors={errors.sectionId} />

          <label htmlFor="f-tags">{options.canCreateTags ? "Tags, separated by commas (new ones are created)" : "Tags, separated by commas (existing tags; an editor adds new ones)"}</label>
          <input {...field("tags")} defaultValue={v("tags", tagNames.join(", "))} />
          <FieldError id="f-tags-error" errors={errors.tags} />

          <fieldset>
            <legend>Authors, in byline order</legend>
            {Array.from({ length: AUTHOR_SLOTS }, (_, i) => (
              <div key={i}>
                <label htmlFor={`f-author-${i}`}>Author {i + 1}</label>
                <select id={`f-author-${i}`} name="authorIds" defaultValue={authorIds[i] ?? ""}>
                  <option value="">—</option>
                  {options.authors.map((a) => (
                    <option key={a.id} value={a.id}>
                      {a.name}
                    </option>
                  ))}
                </select>
              </div>
            ))}
            <FieldError id="f-authorIds-error" errors={errors.authorIds} />
          </fieldset>

          <label htmlFor="f-seoTitle">SEO title (optional)</label>
          <input {...field("seoTitle")} maxLength={120} defaultValue={v("seoTitle", initial.seoTitle)} />
          <label htmlFor="f-seoDescription">SEO description (optional)</label>
          <textarea {...field("seoDescription")} rows={2} maxLength={300} defaultValue={v("seoDescription", initial.seoDescription)} />

          <label className="checkbox">
            <input type="checkbox" name="commentsOpen" defaultChecked={failed ? failed.values.commentsOpen === "on" : initial.commentsOpen} /> Comments open
          </label>

          {workflow.status === "PUBLISHED" ? (
            <fieldset>
              <legend>This story is live. What kind of change is this?</legend>
              <label className="checkbox">
                <input type="radio" name="changeKind" value="MINOR" defaultChecked={v("changeKind", "") === "MINOR"} /> Minor (a typo, a
                link): the “Updated” time stays
              </label>
              <label className="checkbox">
                <input type="radio" name="changeKind" value="SUBSTANTIVE" defaultChecked={v("changeKind", "") === "SUBSTANTIVE"} />{" "}
                Substantive: readers see “Updated” with today’s time
              </label>
              <FieldError id="f-changeKind-error" errors={errors.changeKind} />
            </fieldset>
          ) : (
            workflow.canPublish && (
              <>
                <label htmlFor="f-scheduledAt">Publish at (for Schedule)</label>
                <input {...field("scheduledAt")} type="datetime-local" defaultValue={v("scheduledAt", scheduledAtLocal)} />
                <FieldError id="f-scheduledAt-error" errors={errors.scheduledAt} />
              </>
            )
          )}
          <label htmlFor="f-note">Note for the revision history (optional)</label>
          <input id="f-note" name="note" maxLength={500} defaultValue={v("note", "")} />
          {/* Stays on screen while the form scrolls, on a phone as on a desktop. */}
          <div className="editor-bar" role="group" aria-label="Article actions">
            <WorkflowButtons {...workflow} />
            <AutosaveStatusText status={autosave} />
          </div>
        </div>
        <BodyPreview markdown={body} />
      </div>
    </form>
  );
}
