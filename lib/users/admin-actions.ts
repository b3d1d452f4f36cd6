"use server";

import { refresh } from "next/cache";
import { createAction } from "@/lib/action";
import { banUser, changeUserRole, unbanUser } from "@/lib/users/admin-mutations";
import { banUserSchema, changeRoleSchema, userIdSchema } from "@/lib/users/admin-schemas";

export const changeRoleAction = createAction({
  schema: changeRoleSchema,
  permission: "user:manage-roles",
  handler: async ({ userId, role }, actor) => {
    const change = await changeUserRole(actor, userId, role);
    refresh();
    const message = change.changed ? `Role changed from ${change.from.toLowerCase()} to ${change.to.toLowerCase()}.` : "The role was already set.";
    return { message, data: undefined };
  },
});

export const banUserAction = createAction({
  schema: banUserSchema,
  permission: "user:ban",
  handler: async ({ userId, reason }, actor) => {
    const outcome = await banUser(actor, userId, reason);
    refresh();
    const rejected = outcome.rejectedComments;
    const extra = rejected > 0 ? ` ${rejected} waiting ${rejected === 1 ? "comment was" : "comments were"} rejected.` : "";
    return { message: `${outcome.name} is banned from commenting.${extra}`, data: undefined };
  },
});

export const unbanUserAction = createAction({
  schema: userIdSchema,
  permission: "user:ban",
  handler: async ({ userId }, actor) => {
    const { name } = await unbanUser(actor, userId);
    refresh();
    return { message: `${name} may comment again.`, data: undefined };
  },
});
