/** `npm run db:schema`: writes prisma/postgresql/schema.prisma from prisma/schema.prisma. */
import path from "node:path";
import { writePostgresSchema } from "./lib/postgres-schema";

console.log(`Wrote ${path.relative(process.cwd(), writePostgresSchema())}`);
