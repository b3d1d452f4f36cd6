import { ROLES, type Role } from "@/lib/auth/permissions";
import { USER_SEARCH_MAX } from "@/lib/users/admin-schemas";

/** Search by email or name, and narrow by role: a GET form, so results can be linked and work without JavaScript. */
export function UserSearchForm({ q, role }: { q: string; role: Role | null }) {
  return (
    <form method="get" action="/admin/users" className="admin-filters" role="search">
      <label>
        Email or name
        <input type="search" name="q" defaultValue={q} maxLength={USER_SEARCH_MAX} />
      </label>
      <label>
        Role
        <select name="role" defaultValue={role ?? ""}>
          <option value="">Any role</option>
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {r.toLowerCase()}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" className="button button--secondary">
        Search
      </button>
    </form>
  );
}
