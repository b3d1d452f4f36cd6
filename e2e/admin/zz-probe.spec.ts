import { test } from "../fixtures/auth";
import { staff } from "../fixtures/admin-accounts";
import { heroPng } from "../fixtures/admin-articles";
import { AdminArticleEditorPage } from "../pages/admin-article-editor-page";

test("probe", async ({ pageAs }) => {
  const editor = new AdminArticleEditorPage(await pageAs(staff.editor));
  await editor.gotoNew();
  await editor.fill({ title: "Probe", body: "x", authors: ["Maya Lindqvist", "Ada Okafor"] });
  await editor.section.selectOption({ index: 2 });
  await editor.tags.fill("Probe tag");
  await editor.uploadHero(await heroPng());
  console.log("before", await editor.form.evaluate((f) => [...new FormData(f as HTMLFormElement).entries()].map(([k, v]) => `${k}=${typeof v === "string" ? v : "FILE " + v.size}`).join(" | ")));
  await editor.saveDraftButton.click();
  await editor.formError.waitFor();
  await editor.page.waitForTimeout(1000);
  console.log("after", await editor.form.evaluate((f) => [...new FormData(f as HTMLFormElement).entries()].map(([k, v]) => `${k}=${typeof v === "string" ? v : "FILE " + v.size}`).join(" | ")));
  console.log("html author", await editor.authorSelect(1).evaluate((s) => s.outerHTML.slice(0, 300)));
});
