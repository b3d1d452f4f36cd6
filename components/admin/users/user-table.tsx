import { BanControl } from "@/components/admin/users/ban-control";
import { RoleForm } from "@/components/admin/users/role-form";
import { DateTime } from "@/components/ui/date-time";
import { can, canChangeRole, roleCan, type Actor } from "@/lib/auth/permissions";
import type { AdminUserDTO } from "@/lib/users/admin-queries";

function BanCell({ actor, user, label }: { actor: Actor; user: AdminUserDTO; label: string }) {
  if (user.id === actor.id) return <span className="hint">—</span>;
  // Staff who moderate cannot be banned (the server refuses too): change their role first.
  if (roleCan(user.role, "comment:moderate")) return <span className="hint">staff</span>;
  if (!can(actor, "user:ban")) return user.bannedAt ? <span className="status status--banned">banned</span> : null;
  return <BanControl userId={user.id} userLabel={label} ban={user.bannedAt ? { reason: user.banReason ?? "" } : null} />;
}

/** Users with their role (changeable by admins, except their own), ban state and sign-up date. */
export function UserTable({ actor, users }: { actor: Actor; users: AdminUserDTO[] }) {
  return (
    <table className="admin-table admin-table--cards">
      <thead>
        <tr>
          <th scope="col">User</th>
          <th scope="col">Role</th>
          <th scope="col">Ban</th>
          <th scope="col">Joined</th>
        </tr>
      </thead>
      <tbody>
        {users.map((user) => {
          const label = user.name || user.email || user.id;
          return (
            <tr key={user.id}>
              <td>
                {user.name || <em>No name</em>}
                <br />
                <span className="moderation-email">{user.email}</span>
              </td>
              <td data-label="Role">
                {canChangeRole(actor, user.id) ? (
                  <RoleForm userId={user.id} role={user.role} userLabel={label} />
                ) : (
                  <>
                    {user.role.toLowerCase()} <span className="hint">(you)</span>
                  </>
                )}
              </td>
              <td data-label="Ban">
                <BanCell actor={actor} user={user} label={label} />
              </td>
              <td data-label="Joined">
                <DateTime date={user.createdAt} withTime={false} />
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
