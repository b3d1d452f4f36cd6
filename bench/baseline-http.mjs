// @ts-check
/**
 * The plainest baseline of `npm run bench`: Node's own http module answering every request with
 * the article page's HTML, read once from the file the benchmark saved. Plain JavaScript, run
 * by node itself, so its memory is Node's alone (a TypeScript loader would add its own).
 *
 *   node bench/baseline-http.mjs <file.html> <port>
 */
import { readFileSync } from "node:fs";
import { createServer } from "node:http";

const [file, port] = process.argv.slice(2);
if (!file || !/^\d+$/.test(port ?? "")) {
  console.error("usage: node bench/baseline-http.mjs <file.html> <port>");
  process.exit(2);
}
const html = readFileSync(file);

createServer((_request, response) => {
  response.writeHead(200, { "Content-Type": "text/html; charset=utf-8", "Content-Length": html.length });
  response.end(html);
}).listen(Number(port), "127.0.0.1", () => console.log(`Serving ${file} on http://127.0.0.1:${port}`));
