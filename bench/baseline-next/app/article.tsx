/**
 * The benchmarked article's text, read once from the fixture `npm run bench` writes
 * (BENCH_ARTICLE_FIXTURE, set at build and at start) and kept in memory.
 */
import { readFileSync } from "node:fs";

interface ArticleFixture {
  title: string;
  standfirst: string;
  bodyHtml: string;
}

function loadFixture(): ArticleFixture {
  const file = process.env.BENCH_ARTICLE_FIXTURE;
  if (!file) throw new Error("BENCH_ARTICLE_FIXTURE is not set: the baseline app is built and served by `npm run bench`.");
  return JSON.parse(readFileSync(file, "utf8")) as ArticleFixture;
}

const article = loadFixture();

export function Article() {
  return (
    <main>
      <article>
        <h1>{article.title}</h1>
        <p>{article.standfirst}</p>
        <div dangerouslySetInnerHTML={{ __html: article.bodyHtml }} />
      </article>
    </main>
  );
}
