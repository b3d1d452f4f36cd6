/** Shared test helpers for the policy: actors of a role, and "this call was refused". */
import { expect } from "vitest";
import type { Actor, Role } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { createUser } from "@/test/factories";

/** A new user of `role`, as the mutations see them. */
export async function actorWith(role: Role): Promise<Actor> {
  const user = await createUser({ role });
  return { id: user.id, role, banned: false };
}

/** Awaits a call that must fail with an AppError, and returns it for further checks. */
export async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}
