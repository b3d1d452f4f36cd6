import { z } from "zod";
import { BAN_REASON_MAX, MODERATION_DECISIONS, type ModerationDecision } from "@/lib/moderation/rules";
import { idField } from "@/lib/forms";

/** Most comments one bulk decision may touch: a page of the queue, with room to spare. */
export const MAX_BULK_COMMENTS = 100;

const commentId = idField("Invalid comment id.");

/** A per-row button's value: "<decision>:<commentId>". */
const ROW_VALUE = new RegExp(`^(${MODERATION_DECISIONS.join("|")}):([a-z0-9]{1,40})$`, "i");

/** A repeated form field arrives as an array, a single one as a string, none as nothing. */
const asList = (value: unknown) => (value === undefined ? [] : Array.isArray(value) ? value : [value]);

export interface ModerationInput {
  decision: ModerationDecision;
  commentIds: string[];
  /** The ban reason (required for "ban"), empty otherwise. */
  reason: string;
}

/**
 * One form per queue: a checkbox per row (`ids`) with bulk buttons (`decision`), and per-row
 * buttons (`row` = "approve:<id>") that act on their own row only, whatever is ticked.
 */
export const moderationSchema = z
  .object({
    row: z.string().regex(ROW_VALUE, "Invalid choice.").optional(),
    decision: z.enum(MODERATION_DECISIONS, "Choose what to do with the selected comments.").optional(),
    ids: z.preprocess(asList, z.array(commentId).max(MAX_BULK_COMMENTS, `Select at most ${MAX_BULK_COMMENTS} comments at a time.`)),
    reason: z.string().trim().max(BAN_REASON_MAX, `Please keep the reason under ${BAN_REASON_MAX} characters.`).optional(),
  })
  .transform((input, ctx): ModerationInput => {
    const row = input.row ? ROW_VALUE.exec(input.row) : null;
    const decision = (row?.[1]?.toLowerCase() as ModerationDecision | undefined) ?? input.decision;
    const commentIds = row?.[2] ? [row[2]] : [...new Set(input.ids)];
    const reason = input.reason ?? "";
    if (!decision) {
      ctx.addIssue({ code: "custom", message: "Choose what to do with the selected comments.", path: ["decision"] });
      return z.NEVER;
    }
    if (commentIds.length === 0) {
      ctx.addIssue({ code: "custom", message: "Select at least one comment first.", path: ["ids"] });
      return z.NEVER;
    }
    if (decision === "ban" && reason === "") {
      ctx.addIssue({ code: "custom", message: "Give a reason for the ban; it is kept in the audit log.", path: ["reason"] });
      return z.NEVER;
    }
    return { decision, commentIds, reason };
  });
