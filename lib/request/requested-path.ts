/**
 * The header carrying the path a reader asked for, set by proxy.ts on every request it sees (it
 * replaces any the client sent). The one page that needs it is the not-found page of an address
 * no route claims (app/global-not-found.tsx), which Next.js gives no params.
 */
export const REQUESTED_PATH_HEADER = "x-masthead-requested-path";
