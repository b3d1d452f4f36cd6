import { notFound } from "next/navigation";

/**
 * Any address no route claims. Without this, Next.js answers it with its bare built-in 404
 * (no header, navigation or footer); here it gets the site's own not-found page, still a 404.
 */
export default function UnknownAddress(): never {
  notFound();
}
