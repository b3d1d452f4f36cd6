import Link from "next/link";
import { notFound } from "next/navigation";
import { MediaEditForm } from "@/components/admin/media/media-edit-form";
import { DeleteForm } from "@/components/admin/taxonomy/delete-form";
import { DateTime } from "@/components/ui/date-time";
import { ResponsiveImage } from "@/components/ui/responsive-image";
import { requireActor } from "@/lib/auth/session";
import { deleteMediaAction } from "@/lib/media/actions";
import { getMediaDetail } from "@/lib/media/queries";
import "../../catalogue.css";
import { isId } from "@/lib/forms";

export const metadata = { title: "Image" };

export default async function MediaItemPage({ params }: PageProps<"/admin/media/[id]">) {
  const { id } = await params;
  const actor = await requireActor("media:upload", `/admin/media/${id}`);
  if (!isId(id)) notFound();
  const media = await getMediaDetail(actor, id);
  if (!media) notFound();
  return (
    <>
      <p>
        <Link href="/admin/media">← Media library</Link>
      </p>
      <h1>Image</h1>
      <div className="catalogue-split">
        <figure className="catalogue-figure">
          <ResponsiveImage image={media} sizes="(min-width: 64rem) 28rem, 90vw" />
          <figcaption>
            {media.width}×{media.height} · {media.mimeType} · {Math.max(1, Math.round(media.bytes / 1024))} KB
            {media.originalName && ` · ${media.originalName}`}
            <br />
            Uploaded <DateTime date={media.createdAt} />
            {media.uploadedBy && ` by ${media.uploadedBy}`}
          </figcaption>
        </figure>
        <div>
          <h2>Where it is used</h2>
          {media.heroCount === 0 && media.photoCount === 0 ? (
            <p>Not used as a hero image or an author photo.</p>
          ) : media.heroOf.length + media.photoOf.length === 0 ? (
            <p>
              Hero image of {media.heroCount} {media.heroCount === 1 ? "article" : "articles"}; photo of {media.photoCount}{" "}
              {media.photoCount === 1 ? "author" : "authors"}.
            </p>
          ) : (
            <ul>
              {media.heroOf.map((a) => (
                <li key={a.id}>
                  Hero of <Link href={`/admin/articles/${a.id}`}>{a.title}</Link>
                </li>
              ))}
              {media.photoOf.map((a) => (
                <li key={a.id}>
                  Photo of <Link href={`/admin/authors/${a.id}`}>{a.name}</Link>
                </li>
              ))}
            </ul>
          )}
          <p className="hint">
            In article text, use <code>![alt text](/media/{media.key})</code>.
          </p>
        </div>
      </div>
      {media.editable ? (
        <>
          <h2>Details</h2>
          <MediaEditForm id={media.id} initial={{ alt: media.alt, caption: media.caption, credit: media.credit }} />
          <DeleteForm
            action={deleteMediaAction}
            id={media.id}
            label="Delete this image"
            explanation="The image and all its sizes are removed for good. An image still used as a hero, an author photo or in an article's text cannot be deleted."
          />
        </>
      ) : (
        <dl className="catalogue-details">
          <dt>Alt text</dt>
          <dd>{media.alt || "—"}</dd>
          <dt>Caption</dt>
          <dd>{media.caption || "—"}</dd>
          <dt>Credit</dt>
          <dd>{media.credit || "—"}</dd>
        </dl>
      )}
    </>
  );
}
