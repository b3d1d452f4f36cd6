/** Shared expectations: "this call was refused". (Rows and actors come from test/factories.ts.) */
import { expect } from "vitest";
import { AppError } from "@/lib/errors";

/** Awaits a call that must fail with an AppError, and returns it for further checks. */
export async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}
