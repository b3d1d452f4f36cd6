"use server";

import { refresh } from "next/cache";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { createAction } from "@/lib/action";
import { SESSION_COOKIE } from "@/lib/auth/cookies";
import { SESSION_HINT_COOKIE } from "@/lib/auth/session-hint";
import { deleteAccountSchema, profileSchema } from "@/lib/auth/schemas";
import { deleteAccount, updateProfile } from "@/lib/users/mutations";

export const updateProfileAction = createAction({
  schema: profileSchema,
  permission: "account:edit-own",
  handler: async (input, actor) => {
    await updateProfile(actor.id, input);
    // Redraw the page (form defaults, the name in the header) with the saved values.
    refresh();
    return { message: "Your profile was saved.", data: undefined };
  },
});

export const deleteAccountAction = createAction({
  schema: deleteAccountSchema,
  permission: "account:delete-own",
  handler: async (_input, actor) => {
    await deleteAccount(actor.id);
    const jar = await cookies();
    jar.delete(SESSION_COOKIE);
    jar.delete(SESSION_HINT_COOKIE);
    redirect("/?account=deleted");
  },
});
