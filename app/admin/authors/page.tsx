import Link from "next/link";
import { AuthorTable } from "@/components/admin/authors/author-table";
import { Notice } from "@/components/admin/taxonomy/notice";
import { requireActor } from "@/lib/auth/session";
import { listAuthorsForAdmin } from "@/lib/authors/admin-queries";
import "../catalogue.css";

export const metadata = { title: "Authors" };

export default async function AuthorsPage({ searchParams }: PageProps<"/admin/authors">) {
  const actor = await requireActor("author:manage", "/admin/authors");
  const [authors, params] = await Promise.all([listAuthorsForAdmin(actor), searchParams]);
  return (
    <>
      <h1>Authors</h1>
      <Notice when={params.deleted}>The author was deleted.</Notice>
      <p>
        <Link className="button" href="/admin/authors/new">
          New author
        </Link>
      </p>
      <AuthorTable authors={authors} />
    </>
  );
}
