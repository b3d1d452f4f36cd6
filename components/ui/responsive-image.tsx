import { preload } from "react-dom";
import type { ImageDTO } from "@/lib/articles/dto";
import { mediaSrcSet, mediaVariantUrl, type MediaWidth } from "@/lib/media/variants";

interface ResponsiveImageProps {
  image: ImageDTO;
  /** The `sizes` attribute: how wide the image is drawn at each viewport width. */
  sizes: string;
  /** The fallback `src` width. */
  fallbackWidth?: MediaWidth;
  /**
   * Above-the-fold images load eagerly with high priority, announced in the `<head>` so that they
   * are fetched before the scripts; the rest load lazily.
   */
  priority?: boolean;
  className?: string;
}

/** A stored image as `<picture>`: WebP in every width, JPEG as the fallback. */
export function ResponsiveImage({ image, sizes, fallbackWidth = 960, priority = false, className }: ResponsiveImageProps) {
  const webpSrcSet = mediaSrcSet(image.key, "webp");
  if (priority) {
    // The same srcset and sizes as the <source> below, so the browser reuses what it preloaded.
    preload(mediaVariantUrl(image.key, fallbackWidth, "webp"), { as: "image", type: "image/webp", imageSrcSet: webpSrcSet, imageSizes: sizes, fetchPriority: "high" });
  }
  return (
    <picture className={className}>
      <source type="image/webp" srcSet={webpSrcSet} sizes={sizes} />
      <img
        src={mediaVariantUrl(image.key, fallbackWidth, "jpg")}
        srcSet={mediaSrcSet(image.key, "jpg")}
        sizes={sizes}
        width={image.width}
        height={image.height}
        alt={image.alt}
        loading={priority ? "eager" : "lazy"}
        fetchPriority={priority ? "high" : "auto"}
        // Decoding off the main thread; an above-the-fold image is still fetched first.
        decoding="async"
      />
    </picture>
  );
}
