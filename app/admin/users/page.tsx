import { notFound } from "next/navigation";
import { UserSearchForm } from "@/components/admin/users/user-search-form";
import { UserTable } from "@/components/admin/users/user-table";
import { Pagination } from "@/components/ui/pagination";
import { requireActor } from "@/lib/auth/session";
import { listUsers } from "@/lib/users/admin-queries";
import { parseUserListParams } from "@/lib/users/admin-schemas";
import "../people.css";

export const metadata = { title: "Users" };

const USERS_PATH = "/admin/users";

export default async function UsersPage({ searchParams }: PageProps<"/admin/users">) {
  const actor = await requireActor("user:manage-roles", USERS_PATH);
  const params = parseUserListParams(await searchParams);
  const users = await listUsers(actor, params);
  if (params.page > users.totalPages) notFound();
  const query = { q: params.q, role: params.role ?? "" };
  return (
    <>
      <h1>Users</h1>
      <UserSearchForm q={params.q} role={params.role} />
      <p className="admin-summary" role="status">
        {users.total} {users.total === 1 ? "user" : "users"}
        {params.q && <> matching “{params.q}”</>}.
      </p>
      {users.items.length > 0 && <UserTable actor={actor} users={users.items} />}
      <Pagination basePath={USERS_PATH} query={query} page={users.page} totalPages={users.totalPages} labels={{ previous: "← Previous", next: "Next →" }} />
    </>
  );
}
