import Link from "next/link";
import { ResponsiveImage } from "@/components/ui/responsive-image";
import type { MediaItemDTO } from "@/lib/media/queries";

/** The library: a thumbnail per image with its alt text and credit, linking to its page. */
export function MediaGrid({ items }: { items: MediaItemDTO[] }) {
  if (items.length === 0) return <p className="empty">No images yet. Upload the first one above.</p>;
  return (
    <ul role="list" className="media-grid">
      {items.map((item) => (
        <li key={item.id} className="media-grid__item">
          <ResponsiveImage image={item} sizes="(min-width: 40rem) 14rem, 45vw" fallbackWidth={320} className="media-grid__thumb" />
          <p className="media-grid__alt">{item.alt || <em>No alt text</em>}</p>
          {item.credit && <p className="media-grid__credit">{item.credit}</p>}
          <p className="media-grid__meta">
            {item.width}×{item.height}
            {item.uploadedBy && ` · ${item.uploadedBy}`}
          </p>
          <Link href={`/admin/media/${item.id}`} aria-label={`${item.editable ? "Edit" : "View"}: ${item.alt || "image without alt text"}`}>
            {item.editable ? "Edit or delete" : "View"}
          </Link>
        </li>
      ))}
    </ul>
  );
}
