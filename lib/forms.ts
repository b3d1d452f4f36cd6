/**
 * What every form, page and route shares about input from a browser: ids of rows, which are
 * untrusted until a query finds them, and the answer a form gets when fields are wrong.
 */
import { z } from "zod";
import { AppError } from "@/lib/errors";

/** A row id as Prisma makes them (a cuid): letters and digits, at most 40. Anything else names no row. */
const ID = /^[a-z0-9]{1,40}$/i;

export function isId(value: unknown): value is string {
  return typeof value === "string" && ID.test(value);
}

/** A page's or a route's id parameter (a query parameter may repeat): the id, or null. */
export function idParam(value: string | string[] | null | undefined): string | null {
  return isId(value) ? value : null;
}

/** A form field naming a row; `message` says what it should have named. */
export const idField = (message = "Invalid id.") => z.string().trim().regex(ID, message);

/** A form field naming a row or, empty, none (null). */
export const optionalIdField = (message = "Invalid id.") =>
  z
    .string()
    .trim()
    .refine((v) => v === "" || ID.test(v), message)
    .default("")
    .transform((v) => v || null);

/** A form that names one existing row (delete buttons). */
export const rowIdSchema = z.object({ id: idField() });

/** What a form says above its fields when some of them are wrong. */
export const INVALID_FIELDS_MESSAGE = "Please correct the highlighted fields.";

/** The error for wrong fields, each with what to do about it; the form keeps what was typed. */
export function invalidFields(fieldErrors: Record<string, string[]>): AppError {
  return new AppError("INVALID_INPUT", INVALID_FIELDS_MESSAGE, fieldErrors);
}

/** The error for one wrong field. */
export function invalidField(field: string, message: string): AppError {
  return invalidFields({ [field]: [message] });
}
