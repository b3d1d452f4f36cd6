import { MediaGrid } from "@/components/admin/media/media-grid";
import { UploadForm } from "@/components/admin/media/upload-form";
import { Notice } from "@/components/admin/taxonomy/notice";
import { Pagination } from "@/components/ui/pagination";
import { requireActor } from "@/lib/auth/session";
import { listMediaLibrary } from "@/lib/media/queries";
import { parsePageParam } from "@/lib/site/pagination";
import "../catalogue.css";

export const metadata = { title: "Media" };

export default async function MediaLibraryPage({ searchParams }: PageProps<"/admin/media">) {
  const actor = await requireActor("media:upload", "/admin/media");
  const params = await searchParams;
  const library = await listMediaLibrary(actor, parsePageParam(params.page));
  return (
    <>
      <h1>Media</h1>
      <Notice when={params.deleted}>The image was deleted.</Notice>
      <section aria-labelledby="upload-heading" className="catalogue-panel">
        <h2 id="upload-heading">Upload an image</h2>
        <UploadForm />
      </section>
      <section aria-labelledby="library-heading">
        <h2 id="library-heading">Library ({library.total})</h2>
        <MediaGrid items={library.items} />
        <Pagination basePath="/admin/media" page={library.page} totalPages={library.totalPages} labels={{ previous: "← Newer images", next: "Older images →" }} />
      </section>
    </>
  );
}
