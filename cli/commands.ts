/**
 * The operator's chores without the web UI. Exit codes: 0 done, 1 refused or failed, 2 bad usage.
 */
import { z } from "zod";
import { ROLES, type Role } from "@/lib/auth/permissions";
import { DEFAULT_DATABASE_URL } from "@/lib/database-url.cjs";
import { emailSchema } from "@/lib/auth/schemas";
import { isAppError } from "@/lib/errors";
import { EDGE_HELP, EdgeUsageError, runEdgeVclCommand } from "./edge-command";
import { IMPORT_HELP, ImportUsageError, runImportCommand } from "./import-command";

const HELP = `Usage: npx masthead <command> [options]

Commands:
  users:add <email> [--role ROLE]   create a login (ROLE: ${ROLES.join(", ")}; default READER)
  users:role <email> <ROLE>         change a login's role
  publish-due                       publish every scheduled article whose time has come
  db:backup <file>                  online, consistent copy of the database (SQLite: checked copy; PostgreSQL: pg_dump archive)
  db:restore <file>                 put a backup back in place (checked and migrated first)
  export <file.json>                every section, tag, author, user, article and comment as JSON
${IMPORT_HELP}
${EDGE_HELP}
  --help                            show this help

Environment: DATABASE_URL (default ${DEFAULT_DATABASE_URL}), as for the server.`;

class UsageError extends Error {}

function parseEmail(value: string | undefined): string {
  const parsed = emailSchema.safeParse(value ?? "");
  if (!parsed.success) throw new UsageError(`"${value ?? ""}" is not a valid email address.`);
  return parsed.data;
}

function parseRole(value: string | undefined): Role {
  const parsed = z.enum(ROLES).safeParse((value ?? "").toUpperCase());
  if (!parsed.success) throw new UsageError(`Unknown role "${value ?? ""}". Use one of: ${ROLES.join(", ")}.`);
  return parsed.data;
}

export async function run(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === "--help" || command === "-h" || command === "help") {
    console.log(HELP);
    return command ? 0 : 2;
  }
  try {
    switch (command) {
      case "users:add": {
        const roleFlag = rest.indexOf("--role");
        const role = roleFlag >= 0 ? parseRole(rest[roleFlag + 1]) : "READER";
        const email = parseEmail(rest.find((arg, i) => !arg.startsWith("--") && (roleFlag < 0 || i !== roleFlag + 1)));
        const { addUser } = await import("@/lib/users/mutations");
        await addUser(email, role);
        console.log(`Created ${email} as ${role}. They sign in at /signin with that address.`);
        return 0;
      }
      case "users:role": {
        const email = parseEmail(rest[0]);
        const role = parseRole(rest[1]);
        const { setRoleByEmail } = await import("@/lib/users/mutations");
        const { from } = await setRoleByEmail(email, role);
        console.log(`${email}: ${from} → ${role}.`);
        return 0;
      }
      case "publish-due": {
        const { publishDue } = await import("@/lib/articles/scheduling");
        const published = await publishDue();
        console.log(published.length ? `Published ${published.length}: ${published.map((a) => a.slug).join(", ")}` : "Nothing was due.");
        return 0;
      }
      case "db:backup":
      case "db:restore": {
        const file = rest[0];
        if (!file) throw new UsageError(`${command} needs a file name.`);
        const { env } = await import("@/lib/env");
        const { databaseKind } = await import("@/lib/db-adapter");
        if (databaseKind(env.DATABASE_URL) === "postgresql") {
          const { backupPostgres, restorePostgres } = await import("@/lib/backup/postgres");
          if (command === "db:backup") {
            const report = await backupPostgres(env.DATABASE_URL, file);
            console.log(`Backed up to ${report.file} (${report.bytes} bytes, ${report.articles} articles, ${report.comments} comments); read back ok.`);
          } else {
            const report = await restorePostgres(env.DATABASE_URL, file);
            console.log(`Restored ${report.articles} articles and ${report.comments} comments into database ${report.file}, migrated; cached pages expired.`);
          }
          return 0;
        }
        const { backupDatabase, restoreDatabase } = await import("@/lib/backup/sqlite");
        if (command === "db:backup") {
          const report = await backupDatabase(env.DATABASE_URL, file);
          console.log(`Backed up to ${report.file} (${report.bytes} bytes, ${report.articles} articles, ${report.comments} comments); integrity check ok.`);
        } else {
          const { migrateDatabase } = await import("@/scripts/lib/migrate");
          const report = await restoreDatabase(env.DATABASE_URL, file, migrateDatabase);
          console.log(`Restored ${report.articles} articles and ${report.comments} comments into ${report.file}, migrated; cached pages expired.`);
        }
        return 0;
      }
      case "export": {
        const file = rest[0];
        if (!file) throw new UsageError("export needs a file name, e.g. export newsroom.json");
        const { exportNewsroom } = await import("@/lib/backup/export-queries");
        const fs = await import("node:fs/promises");
        const data = await exportNewsroom();
        await fs.writeFile(file, `${JSON.stringify(data, null, 2)}\n`, { flag: "wx" });
        console.log(`Exported ${data.articles.length} articles and ${data.comments.length} comments to ${file}.`);
        return 0;
      }
      case "import":
        return await runImportCommand(rest);
      case "edge:vcl":
        return await runEdgeVclCommand(rest);
      default:
        throw new UsageError(`Unknown command "${command}".`);
    }
  } catch (error) {
    if (error instanceof UsageError || error instanceof ImportUsageError || error instanceof EdgeUsageError) {
      console.error(`${error.message}\n\n${HELP}`);
      return 2;
    }
    if (isAppError(error)) {
      console.error(error.message);
      return 1;
    }
    console.error(error instanceof Error ? error.message : String(error));
    return 1;
  }
}

