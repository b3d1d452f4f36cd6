/**
 * The one way server actions are built. Every action has the same spine: authenticate →
 * authorise → parse the form with zod → run the mutation (which writes and invalidates) →
 * return a typed result. Errors never reach a form as exceptions, and the typed values come back so
 * nothing the person wrote is lost.
 */
import "server-only";
import { headers } from "next/headers";
import type { z } from "zod";
import { can, type Actor, type Permission } from "@/lib/auth/permissions";
import { getCurrentUser } from "@/lib/auth/session";
import { DATABASE_BUSY_MESSAGE, NOT_ALLOWED_MESSAGE, SIGN_IN_FIRST_MESSAGE, isAppError, isDatabaseBusy } from "@/lib/errors";
import { log } from "@/lib/log";
import { runWithRequestId } from "@/lib/request/context";
import { requestIdFrom } from "@/lib/request/request-id";
import { INVALID_FIELDS_MESSAGE } from "@/lib/forms";

export type FieldErrors = Record<string, string[]>;

export type ActionResult<T = undefined> =
  | { ok: true; message: string; data: T }
  | { ok: false; message: string; fieldErrors: FieldErrors; values: Record<string, string> };

export type ActionState<T = undefined> = ActionResult<T> | null;

/**
 * A form's text fields, echoed back on failure so the form can keep them. A field that repeats
 * (a list of checkboxes or selects) comes back comma-joined.
 */
export function formValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of Object.entries(formInput(formData))) values[key] = Array.isArray(value) ? value.join(",") : value;
  return values;
}

/**
 * The form as the schema sees it: one string per field, or an array when a field repeats
 * (checkbox lists such as bulk selections).
 */
export function formInput(formData: FormData): Record<string, string | string[]> {
  const input: Record<string, string | string[]> = {};
  for (const key of new Set(formData.keys())) {
    if (key.startsWith("$ACTION")) continue;
    const all = formData.getAll(key).filter((v): v is string => typeof v === "string");
    if (all.length === 0) continue;
    input[key] = all.length === 1 ? all[0]! : all;
  }
  return input;
}

export function failure(message: string, values: Record<string, string>, fieldErrors: FieldErrors = {}): ActionResult<never> {
  return { ok: false, message, fieldErrors, values };
}

/** Who a handler acts for: a signed-in actor holding the permission, or maybe nobody for a public action. */
export type ActionActor<P extends Permission | "public"> = P extends "public" ? Actor | null : Actor;

interface ActionSpec<S extends z.ZodType, T, P extends Permission | "public"> {
  schema: S;
  /** The permission the caller must hold; `"public"` for actions anyone may call (sign-in). */
  permission: P;
  /** The raw form is passed too, for what a schema does not carry (uploaded files). */
  handler: (input: z.infer<S>, actor: ActionActor<P>, formData: FormData) => Promise<{ message: string; data: T }>;
}

export function createAction<S extends z.ZodType, T = undefined, P extends Permission | "public" = Permission | "public">(spec: ActionSpec<S, T, P>) {
  async function run(formData: FormData): Promise<ActionResult<T>> {
    const values = formValues(formData);
    try {
      return await authoriseAndRun(formData, values);
    } catch (error) {
      // Navigation (redirect/notFound) is signalled by throwing; let Next.js handle it.
      if (error instanceof Error && "digest" in error) throw error;
      // The database stayed locked past the busy timeout, or is not answering at all (even to
      // look up the session): say so, keep the form.
      if (isDatabaseBusy(error)) {
        log.warn("action.database-busy", { error: String(error) });
        return failure(DATABASE_BUSY_MESSAGE, values);
      }
      throw error;
    }
  }

  async function authoriseAndRun(formData: FormData, values: Record<string, string>): Promise<ActionResult<T>> {
    // Authorise before validating: a caller who may not act learns nothing about the input rules.
    const user = await getCurrentUser();
    if (spec.permission !== "public") {
      if (!user) return failure(SIGN_IN_FIRST_MESSAGE, values);
      if (!can(user, spec.permission)) return failure(NOT_ALLOWED_MESSAGE, values);
    }
    // Checked just above: signed in whenever a permission is required (TypeScript cannot follow `P`).
    const actor = user as ActionActor<P>;
    const parsed = spec.schema.safeParse(formInput(formData));
    if (!parsed.success) {
      const fieldErrors: FieldErrors = {};
      for (const issue of parsed.error.issues) {
        const key = String(issue.path[0] ?? "form");
        (fieldErrors[key] ??= []).push(issue.message);
      }
      return failure(INVALID_FIELDS_MESSAGE, values, fieldErrors);
    }
    try {
      const { message, data } = await spec.handler(parsed.data, actor, formData);
      return { ok: true, message, data };
    } catch (error) {
      if (isAppError(error)) return failure(error.message, values, error.fieldErrors);
      if ((error instanceof Error && "digest" in error) || isDatabaseBusy(error)) throw error;
      log.error("action.failed", { error: String(error), stack: error instanceof Error ? error.stack : undefined });
      return failure("Something went wrong on our side. Please try again.", values);
    }
  }

  // Every line logged while the action runs carries the request's id; one line sums it up.
  return async function action(_previous: ActionState<T>, formData: FormData): Promise<ActionResult<T>> {
    const requestId = requestIdFrom(await headers());
    return runWithRequestId(requestId, async () => {
      const started = performance.now();
      const ms = () => Math.round(performance.now() - started);
      try {
        const result = await run(formData);
        log.info("action.completed", { ok: result.ok, ms: ms(), ...(result.ok ? {} : { refusal: result.message }) });
        return result;
      } catch (error) {
        // A redirect or notFound() is thrown too: an outcome, not a failure.
        const navigation = error instanceof Error && "digest" in error;
        log.info("action.completed", { ok: navigation, ms: ms(), outcome: navigation ? "navigation" : "error" });
        throw error;
      }
    });
  };
}
