/** `npm run db:migrate`: applies pending migrations to DATABASE_URL. */
import { env } from "../lib/env";
import { migrateDatabase } from "./lib/migrate";

await migrateDatabase(env.DATABASE_URL);
console.log(`Migrations applied to ${env.DATABASE_URL}`);
