import type { Root } from "hast";
import rehypeStringify from "rehype-stringify";
import { unified } from "unified";

const serializer = unified().use(rehypeStringify).freeze();

/** Last step: hast → HTML string. */
export function hastToHtml(tree: Root): string {
  return serializer.stringify(tree);
}
