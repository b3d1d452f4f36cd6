/**
 * `npm run db:seed`: applies migrations, then fills an empty database with the demo newsroom.
 * A database that already holds articles is left alone.
 */
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { migrateDatabase } from "../../scripts/lib/migrate";
import { DEMO_ADMIN_EMAIL, seedDemoNewsroom } from "./demo";

await migrateDatabase(env.DATABASE_URL);
if ((await db.article.count()) > 0) {
  console.log(`The database at ${env.DATABASE_URL} already holds articles; the demo newsroom was not added.`);
} else {
  const started = Date.now();
  const { articles, comments } = await seedDemoNewsroom(db);
  console.log(`Seeded the demo newsroom: ${articles} articles, ${comments} comments (${((Date.now() - started) / 1000).toFixed(1)} s).`);
  console.log(`Staff logins: editor@masthead.example (EDITOR), contributor@masthead.example (CONTRIBUTOR), ${DEMO_ADMIN_EMAIL} (ADMIN).`);
}
await db.$disconnect();
