import Link from "next/link";
import { QueueSummary } from "@/components/admin/moderation/queue-summary";
import { DateTime } from "@/components/ui/date-time";
import { can } from "@/lib/auth/permissions";
import { requireActor } from "@/lib/auth/session";
import type { DashboardArticleListDTO } from "@/lib/dashboard/dto";
import { getDashboard } from "@/lib/dashboard/queries";

export const metadata = { title: "Dashboard" };

const articleAdminPath = (id: string) => `/admin/articles/${id}`;

function ArticleSummary({ id, title, list, empty, when }: { id: string; title: string; list: DashboardArticleListDTO; empty: string; when: "updated" | "scheduled" }) {
  return (
    <section className="admin-card dashboard-list" aria-labelledby={`dashboard-${id}`}>
      <h2 id={`dashboard-${id}`}>
        {title} <span className="dashboard-count">{list.count}</span>
      </h2>
      {list.items.length === 0 ? (
        <p className="hint">{empty}</p>
      ) : (
        <ul>
          {list.items.map((article) => {
            const date = when === "scheduled" ? article.scheduledAt : article.updatedAt;
            return (
              <li key={article.id}>
                <Link href={articleAdminPath(article.id)}>{article.title || "Untitled"}</Link>
                {date && (
                  <span className="hint">
                    {" "}
                    · {when === "scheduled" ? "goes live" : "updated"} <DateTime date={date} />
                  </span>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

export default async function DashboardPage() {
  const actor = await requireActor("admin:access", "/admin");
  const dashboard = await getDashboard(actor);
  const own = dashboard.scope === "own";
  return (
    <>
      <div className="dashboard-heading">
        <h1>Dashboard</h1>
        {can(actor, "article:create") && (
          <Link className="button" href="/admin/articles/new">
            New article
          </Link>
        )}
      </div>
      {own && <p className="admin-summary">Your own articles.</p>}
      <div className="dashboard-lists">
        <ArticleSummary id="drafts" title="Drafts" list={dashboard.drafts} empty="No drafts." when="updated" />
        <ArticleSummary id="in-review" title="In review" list={dashboard.inReview} empty="Nothing waiting for review." when="updated" />
        <ArticleSummary id="scheduled" title="Scheduled" list={dashboard.scheduled} empty="Nothing scheduled." when="scheduled" />
        {dashboard.comments && (
          <>
            <QueueSummary title="Pending comments" queue={dashboard.comments.pending} anchor="pending" empty="No comments waiting." />
            <QueueSummary title="Reported comments" queue={dashboard.comments.reported} anchor="reported" empty="No open reports." />
          </>
        )}
      </div>
    </>
  );
}
