import { ACTION_PREFIX_MAX } from "@/components/admin/audit/audit-format";

/** Narrow the log by what was done (a prefix such as "comment." or "user.ban") and what it was done to. */
export function AuditFilters({ action, targetType, targetTypes }: { action: string; targetType: string; targetTypes: string[] }) {
  return (
    <form method="get" action="/admin/audit" className="admin-filters">
      <label>
        Action starts with
        <input name="action" defaultValue={action} maxLength={ACTION_PREFIX_MAX} placeholder="e.g. comment. or user.ban" />
      </label>
      <label>
        Target
        <select name="target" defaultValue={targetType}>
          <option value="">Anything</option>
          {targetTypes.map((t) => (
            <option key={t} value={t}>
              {t}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" className="button button--secondary">
        Filter
      </button>
    </form>
  );
}
