/** The header carrying a request's id: set by proxy.ts on every request, echoed on the response, repeated on every log line. */
export const REQUEST_ID_HEADER = "x-request-id";

/** An incoming id is kept when it is a plain token of at most 64 characters; anything else is replaced. */
export const SAFE_REQUEST_ID = /^[A-Za-z0-9._:-]{1,64}$/;

/** The id from a request's headers when it is safe to keep, else a fresh one. */
export function requestIdFrom(headers: Pick<Headers, "get">): string {
  const incoming = headers.get(REQUEST_ID_HEADER)?.trim() ?? "";
  return SAFE_REQUEST_ID.test(incoming) ? incoming : crypto.randomUUID();
}
