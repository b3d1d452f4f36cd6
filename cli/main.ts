/** Entry point of `npx masthead` (bin/masthead.mjs runs this file). */
import { run } from "./commands";

const code = await run(process.argv.slice(2));
const { db } = await import("@/lib/db");
await db.$disconnect();
process.exit(code);
