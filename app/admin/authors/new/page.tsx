import Link from "next/link";
import { AuthorForm } from "@/components/admin/authors/author-form";
import { requireActor } from "@/lib/auth/session";
import { listLinkableUsers } from "@/lib/authors/admin-queries";
import { listMediaOptions } from "@/lib/media/queries";
import "../../catalogue.css";

export const metadata = { title: "New author" };

export default async function NewAuthorPage() {
  const actor = await requireActor("author:manage", "/admin/authors/new");
  const [media, users] = await Promise.all([listMediaOptions(), listLinkableUsers(actor)]);
  return (
    <>
      <p>
        <Link href="/admin/authors">← Authors</Link>
      </p>
      <h1>New author</h1>
      <AuthorForm author={null} media={media} users={users} />
    </>
  );
}
