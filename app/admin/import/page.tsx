import { ImportForm } from "@/components/admin/import/import-form";
import { requireActor } from "@/lib/auth/session";
import "../catalogue.css";
import "./import.css";

export const metadata = { title: "Import" };

/** Moving a newsroom in from WordPress or Ghost: admins only (the same import as `npx masthead import`, docs/import.md). */
export default async function ImportPage() {
  await requireActor("site:import", "/admin/import");
  return (
    <>
      <h1>Import</h1>
      <ImportForm />
    </>
  );
}
