/**
 * A WordPress export of N generated posts for the import benchmark: 20 authors, 12 categories,
 * 200 tags, block-editor and classic bodies with headings, lists, quotes, links and captioned
 * images, ten shared images, and about three comments a post in threads. The same N writes the
 * same file.
 */
const WORDS = "newsroom model chip policy energy network grid data centre license court budget harbour market port reporter desk editor story archive reader engineer factory satellite battery software".split(" ");

function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const cdata = (s: string) => `<![CDATA[${s.replaceAll("]]>", "]]]]><![CDATA[>")}]]>`;
const pad = (n: number) => String(n).padStart(2, "0");

export function generateWxr(count: number, base = "https://bench.example"): string {
  const random = rng(count);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const sentence = (n: number) => {
    const words = Array.from({ length: n }, () => pick(WORDS));
    return `${words[0]![0]!.toUpperCase()}${words.join(" ").slice(1)}.`;
  };
  const paragraph = () => Array.from({ length: 3 + Math.floor(random() * 4) }, () => sentence(8 + Math.floor(random() * 10))).join(" ");
  const out: string[] = [];
  out.push(`<?xml version="1.0" encoding="UTF-8" ?>
<rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
<channel><title>Bench Desk</title><link>${base}</link><wp:wxr_version>1.2</wp:wxr_version><wp:base_site_url>${base}</wp:base_site_url><wp:base_blog_url>${base}</wp:base_blog_url>`);
  for (let a = 1; a <= 20; a++) out.push(`<wp:author><wp:author_id>${a}</wp:author_id><wp:author_login>${cdata(`writer${a}`)}</wp:author_login><wp:author_email>${cdata(`writer${a}@bench.example`)}</wp:author_email><wp:author_display_name>${cdata(`Writer ${a} Šimkus`)}</wp:author_display_name></wp:author>`);
  for (let c = 1; c <= 12; c++) out.push(`<wp:category><wp:term_id>${c}</wp:term_id><wp:category_nicename>section-${c}</wp:category_nicename><wp:category_parent></wp:category_parent><wp:cat_name>${cdata(`Section ${c}`)}</wp:cat_name></wp:category>`);
  for (let t = 1; t <= 200; t++) out.push(`<wp:tag><wp:term_id>${100 + t}</wp:term_id><wp:tag_slug>topic-${t}</wp:tag_slug><wp:tag_name>${cdata(`Topic ${t}`)}</wp:tag_name></wp:tag>`);
  for (let i = 1; i <= 10; i++) {
    out.push(`<item><title>image-${i}</title><wp:post_id>${i}</wp:post_id><wp:post_type>attachment</wp:post_type><wp:status>inherit</wp:status><excerpt:encoded>${cdata(`Caption of image ${i}`)}</excerpt:encoded><wp:attachment_url>${base}/wp-content/uploads/bench/image-${i}.jpg</wp:attachment_url><wp:postmeta><wp:meta_key>_wp_attached_file</wp:meta_key><wp:meta_value>bench/image-${i}.jpg</wp:meta_value></wp:postmeta><wp:postmeta><wp:meta_key>_wp_attachment_image_alt</wp:meta_key><wp:meta_value>${cdata(`Alt text ${i}`)}</wp:meta_value></wp:postmeta></item>`);
  }
  let commentId = 1;
  for (let p = 1; p <= count; p++) {
    const id = 1000 + p;
    const when = new Date(Date.UTC(2018, 0, 1) + p * 6 * 3600_000);
    const gmt = `${when.getUTCFullYear()}-${pad(when.getUTCMonth() + 1)}-${pad(when.getUTCDate())} ${pad(when.getUTCHours())}:00:00`;
    const slug = `bench-story-${p}`;
    const classic = random() < 0.3;
    const image = 1 + (p % 10);
    const paragraphs = Array.from({ length: 4 + Math.floor(random() * 6) }, paragraph);
    const body = classic
      ? `${paragraphs[0]}\n\n[caption id="attachment_${image}" width="800"]<img src="${base}/wp-content/uploads/bench/image-${image}.jpg" alt="Alt ${image}" /> A caption.[/caption]\n\n${paragraphs.slice(1).join("\n\n")}`
      : [
          `<!-- wp:paragraph -->\n<p>${paragraphs[0]} See <a href="${base}/?p=${Math.max(1001, id - 1)}">the earlier story</a>.</p>\n<!-- /wp:paragraph -->`,
          `<!-- wp:heading -->\n<h2>${sentence(4)}</h2>\n<!-- /wp:heading -->`,
          ...paragraphs.slice(1).map((text) => `<!-- wp:paragraph -->\n<p>${text}</p>\n<!-- /wp:paragraph -->`),
          `<!-- wp:list -->\n<ul><li>${sentence(5)}</li><li>${sentence(6)}</li><li>${sentence(4)}</li></ul>\n<!-- /wp:list -->`,
          `<!-- wp:quote -->\n<blockquote class="wp-block-quote"><p>${sentence(12)}</p><cite>${sentence(2)}</cite></blockquote>\n<!-- /wp:quote -->`,
        ].join("\n\n");
    const tags = Array.from({ length: Math.floor(random() * 4) }, () => 1 + Math.floor(random() ** 2 * 200));
    const comments: string[] = [];
    let root = 0;
    for (let c = 0; c < Math.floor(random() * 7); c++) {
      const cid = commentId++;
      const parent = c > 0 && random() < 0.4 ? root : 0;
      if (parent === 0) root = cid;
      const reader = 1 + Math.floor(random() * 2000);
      comments.push(`<wp:comment><wp:comment_id>${cid}</wp:comment_id><wp:comment_author>${cdata(`Reader ${reader}`)}</wp:comment_author><wp:comment_author_email>${cdata(`reader${reader}@example.net`)}</wp:comment_author_email><wp:comment_date_gmt>${gmt}</wp:comment_date_gmt><wp:comment_content>${cdata(sentence(15))}</wp:comment_content><wp:comment_approved>${random() < 0.92 ? "1" : "0"}</wp:comment_approved><wp:comment_type>comment</wp:comment_type><wp:comment_parent>${parent}</wp:comment_parent></wp:comment>`);
    }
    out.push(`<item><title>${cdata(`${sentence(6).slice(0, -1)} ${p}`)}</title><link>${base}/${when.getUTCFullYear()}/${pad(when.getUTCMonth() + 1)}/${slug}/</link><dc:creator>${cdata(`writer${1 + (p % 20)}`)}</dc:creator><content:encoded>${cdata(body)}</content:encoded><excerpt:encoded>${cdata(sentence(14))}</excerpt:encoded><wp:post_id>${id}</wp:post_id><wp:post_date>${gmt}</wp:post_date><wp:post_date_gmt>${gmt}</wp:post_date_gmt><wp:post_modified_gmt>${gmt}</wp:post_modified_gmt><wp:comment_status>open</wp:comment_status><wp:post_name>${slug}</wp:post_name><wp:status>${p % 50 === 0 ? "draft" : "publish"}</wp:status><wp:post_type>post</wp:post_type><wp:post_password></wp:post_password><wp:is_sticky>0</wp:is_sticky><category domain="category" nicename="section-${1 + (p % 12)}">${cdata(`Section ${1 + (p % 12)}`)}</category>${[...new Set(tags)].map((t) => `<category domain="post_tag" nicename="topic-${t}">${cdata(`Topic ${t}`)}</category>`).join("")}<wp:postmeta><wp:meta_key>_thumbnail_id</wp:meta_key><wp:meta_value>${image}</wp:meta_value></wp:postmeta>${comments.join("")}</item>`);
  }
  out.push("</channel></rss>\n");
  return out.join("\n");
}
