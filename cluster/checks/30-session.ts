/**
 * A reader signed in through app A (the emailed link, followed on A) is signed in on app B, and a
 * form rendered by A posts to B: the session lives in the shared database and both servers run
 * one build with one Server Actions key.
 */
import { loadForm, submitForm } from "../../reliability/support/ops-forms";
import { commentableSlugs } from "../../reliability/support/ops-comments";
import { emptyReport, get, type ClusterCheck } from "../types";

export const check: ClusterCheck = {
  name: "signed in through A, signed in on B",
  async run({ apps: [a, b], databaseUrl, newsroom }) {
    const report = emptyReport();
    const name = `drill-reader-${Date.now().toString(36)}`;
    const cookie = await newsroom.signIn(a, `${name}@cluster.example`);
    report.tried.push(`signed ${name}@cluster.example in through ${a.name} by the emailed link`);
    const viewer = await get(`${b.url}/api/viewer`, { Cookie: cookie });
    const who = viewer.status === 200 ? (JSON.parse(viewer.text) as { user: { name: string } | null }).user : null;
    if (who?.name === name) report.held.push(`${b.name}'s /api/viewer knows the reader (${who.name})`);
    else report.failed.push(`${b.name}'s /api/viewer: ${viewer.status} ${viewer.text.slice(0, 120)}`);
    const account = await get(`${b.url}/account`, { Cookie: cookie });
    if (account.status === 200 && account.text.includes(name)) report.held.push(`${b.name}'s /account page shows the reader`);
    else report.failed.push(`${b.name}'s /account: ${account.status}${account.status === 200 ? ", without the reader's name" : ""}`);

    const [slug] = await commentableSlugs(databaseUrl, 1);
    const form = await loadForm(a.url, `/articles/${slug}/discussion`, { id: "comment-form" }, { cookie, clientAddress: "198.18.7.1" });
    const answer = await submitForm(b.url, form, [["body", `Posted to ${b.name} from a form ${a.name} rendered (${name}).`]], { cookie, clientAddress: "198.18.7.1" });
    report.tried.push(`loaded the comment form of /articles/${slug} from ${a.name} and posted it to ${b.name}`);
    if (answer.status === 200 && answer.message?.ok) report.held.push(`${b.name} ran the server action of ${a.name}'s form: "${answer.message.text}"`);
    else report.failed.push(`${b.name} answered the form from ${a.name} with ${answer.status}: ${answer.message?.text ?? answer.html.slice(0, 200)}`);
    return report;
  },
};
