import Link from "next/link";
import { notFound } from "next/navigation";
import { AuthorForm } from "@/components/admin/authors/author-form";
import { DeleteForm } from "@/components/admin/taxonomy/delete-form";
import { Notice } from "@/components/admin/taxonomy/notice";
import { requireActor } from "@/lib/auth/session";
import { deleteAuthorAction } from "@/lib/authors/actions";
import { getAuthorForEdit, listLinkableUsers } from "@/lib/authors/admin-queries";
import { listMediaOptions } from "@/lib/media/queries";
import { authorPath } from "@/lib/site/urls";
import "../../catalogue.css";
import { isId } from "@/lib/forms";

export const metadata = { title: "Edit author" };

export default async function EditAuthorPage({ params, searchParams }: PageProps<"/admin/authors/[id]">) {
  const { id } = await params;
  const actor = await requireActor("author:manage", `/admin/authors/${id}`);
  if (!isId(id)) notFound();
  const author = await getAuthorForEdit(actor, id);
  if (!author) notFound();
  const [media, users, query] = await Promise.all([listMediaOptions(author.photoId), listLinkableUsers(actor, author.userId), searchParams]);
  return (
    <>
      <p>
        <Link href="/admin/authors">← Authors</Link>
      </p>
      <h1>{author.name}</h1>
      <Notice when={query.created}>The author was created.</Notice>
      <p>
        <Link href={authorPath(author.slug)}>View the public page</Link> · on the byline of {author.articleCount}{" "}
        {author.articleCount === 1 ? "article" : "articles"}
      </p>
      <AuthorForm author={author} media={media} users={users} />
      <DeleteForm
        action={deleteAuthorAction}
        id={author.id}
        label="Delete this author"
        explanation="The profile, its affiliations and links are removed for good; the photo stays in the media library. An author still on any article's byline cannot be deleted."
      />
    </>
  );
}
