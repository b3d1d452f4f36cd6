/**
 * AppError → page, mapped once: a query that refuses shows the 403 page, a missing thing the
 * 404 page, a signed-out visitor the sign-in page.
 */
import "server-only";
import { forbidden, notFound, redirect } from "next/navigation";
import { isAppError } from "@/lib/errors";

export async function forPage<T>(promise: Promise<T>): Promise<T> {
  try {
    return await promise;
  } catch (error) {
    if (isAppError(error)) {
      if (error.code === "FORBIDDEN") forbidden();
      if (error.code === "NOT_FOUND") notFound();
      if (error.code === "UNAUTHENTICATED") redirect("/signin");
    }
    throw error;
  }
}
