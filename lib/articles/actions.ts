"use server";

import { redirect } from "next/navigation";
import { createAction } from "@/lib/action";
import { canEditArticle } from "@/lib/auth/permissions";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { saveArticle } from "@/lib/articles/mutations";
import { addCorrection, approveRevision, rejectRevision, restoreRevision } from "@/lib/articles/revision-mutations";
import { articleFormSchema, correctionSchema, revisionDecisionSchema } from "@/lib/articles/schemas";
import { uploadImage } from "@/lib/media/mutations";
import { zonedLocalToDate } from "@/lib/site/zoned-time";
import type { ArticleNotice } from "@/lib/articles/notices";
import { invalidField } from "@/lib/forms";

const editorPath = (id: string, notice: ArticleNotice) => `/admin/articles/${id}?notice=${notice}`;

export const saveArticleAction = createAction({
  schema: articleFormSchema,
  permission: "article:create",
  handler: async (input, actor, formData) => {
    const scheduledAt = input.scheduledAt ? zonedLocalToDate(input.scheduledAt, env.SITE_TIMEZONE) : null;
    if (input.intent === "schedule" && !scheduledAt) {
      throw invalidField("scheduledAt", "Choose the date and time to publish.");
    }
    const fields = { ...input };
    const upload = formData.get("heroUpload");
    if (upload instanceof File && upload.size > 0) {
      if (!input.heroAlt) {
        throw invalidField("heroAlt", "Describe the hero image for people who cannot see it.");
      }
      const media = await uploadImage(actor, upload, { alt: input.heroAlt, caption: input.heroCaption, credit: input.heroCredit });
      fields.heroImageId = media.id;
    }
    const result = await saveArticle(actor, {
      articleId: input.articleId,
      version: input.version,
      intent: input.intent,
      fields,
      scheduledAt,
      changeKind: input.changeKind ?? null,
      note: input.note ?? "",
    });
    // A contributor's article in review is no longer theirs to open: back to the list.
    const canStillEdit = canEditArticle(actor, { status: result.status, createdById: actor.id });
    redirect(canStillEdit ? editorPath(result.id, result.notice) : `/admin/articles?notice=${result.notice}`);
  },
});

export const approveRevisionAction = createAction({
  schema: revisionDecisionSchema,
  permission: "article:approve-revision",
  handler: async ({ revisionId, changeKind }, actor) => {
    if (!changeKind) throw new AppError("INVALID_INPUT", "Say whether the change is minor or substantive.", { changeKind: ["Choose minor or substantive."] });
    const { articleId } = await approveRevision(actor, revisionId, changeKind);
    redirect(editorPath(articleId, "live"));
  },
});

export const rejectRevisionAction = createAction({
  schema: revisionDecisionSchema,
  permission: "article:approve-revision",
  handler: async ({ revisionId }, actor) => {
    const articleId = await rejectRevision(actor, revisionId);
    redirect(editorPath(articleId, "turned-down"));
  },
});

export const restoreRevisionAction = createAction({
  schema: revisionDecisionSchema,
  permission: "article:create",
  handler: async ({ revisionId }, actor) => {
    const { articleId, pending } = await restoreRevision(actor, revisionId);
    redirect(editorPath(articleId, pending ? "restored-pending" : "restored"));
  },
});

export const addCorrectionAction = createAction({
  schema: correctionSchema,
  permission: "article:correct",
  handler: async ({ articleId, body }, actor) => {
    await addCorrection(actor, articleId, body);
    return { message: "The correction is published.", data: undefined };
  },
});
