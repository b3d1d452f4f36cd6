import type { Root } from "hast";
import rehypeSanitize from "rehype-sanitize";
import { unified } from "unified";
import { articleSanitizeSchema } from "./sanitize-schema";

const sanitizer = unified().use(rehypeSanitize, articleSanitizeSchema).freeze();

/** Step 3: drops everything the article schema does not allow. Returns a new tree. */
export function sanitizeHast(tree: Root): Root {
  return sanitizer.runSync(tree);
}
