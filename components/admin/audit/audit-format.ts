/** How audit events are shown: pure, so they are tested as tables. */
import { parsePageParam } from "@/lib/site/pagination";

const ADMIN_PAGES = new Map<string, (id: string) => string>([["article", (id) => `/admin/articles/${encodeURIComponent(id)}`]]);

/** The admin page of an audit target, where there is one. */
export function auditTargetHref(targetType: string, targetId: string): string | null {
  return ADMIN_PAGES.get(targetType)?.(targetId) ?? null;
}

/**
 * An event's detail as readable text: indented JSON, or the stored text as it is when it is
 * not JSON. Empty details are "" (the table shows a dash). Always text, never markup.
 */
export function formatAuditDetail(detail: string): string {
  let value: unknown;
  try {
    value = JSON.parse(detail);
  } catch {
    return detail.trim();
  }
  if (value === null || (typeof value === "object" && Object.keys(value).length === 0)) return "";
  return JSON.stringify(value, null, 2);
}

export const ACTION_PREFIX_MAX = 60;

export interface AuditParams {
  action: string;
  targetType: string;
  page: number;
}

type Param = string | string[] | undefined;
const first = (value: Param) => (Array.isArray(value) ? value[0] : value) ?? "";

/** The log's query string, made safe: filters are short dotted words, anything else is ignored. */
export function parseAuditParams(params: { action?: Param; target?: Param; page?: Param }): AuditParams {
  const action = first(params.action).trim().toLowerCase();
  const targetType = first(params.target).trim().toLowerCase();
  return {
    action: /^[a-z0-9._-]{1,60}$/.test(action) ? action : "",
    targetType: /^[a-z0-9_-]{1,30}$/.test(targetType) ? targetType : "",
    page: parsePageParam(params.page),
  };
}
