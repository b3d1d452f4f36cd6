import type { Root as HastRoot } from "hast";
import type { Root as MdastRoot } from "mdast";
import rehypeRaw from "rehype-raw";
import remarkRehype from "remark-rehype";
import { unified } from "unified";

const converter = unified()
  // Embedded HTML is kept here and parsed into real elements by rehype-raw, so the sanitiser that
  // runs next sees (and filters) it exactly as a browser would parse it.
  // clobberPrefix "" leaves footnote ids unprefixed: the sanitiser prefixes every id once, and the
  // fragment-links step points "#fn-1"-style links at the prefixed ids.
  .use(remarkRehype, { allowDangerousHtml: true, clobberPrefix: "" })
  .use(rehypeRaw)
  .freeze();

/** Step 2: mdast → hast, with raw HTML parsed into elements. The result is NOT yet safe. */
export function mdastToHast(tree: MdastRoot): HastRoot {
  // runSync clones nothing itself, but remark-rehype builds a brand-new tree, so the input is untouched.
  return converter.runSync(tree) as HastRoot;
}
