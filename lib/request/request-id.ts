/** The header carrying a request's id: set by proxy.ts on every request, echoed on the response, repeated on every log line. */
export const REQUEST_ID_HEADER = "x-request-id";
