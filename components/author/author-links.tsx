import type { AuthorBoxDTO } from "@/lib/articles/dto";

const LINK_LABELS: Record<string, string> = {
  linkedin: "Connect on LinkedIn",
  x: "Follow on X",
  github: "Code on GitHub",
  mastodon: "Follow on Mastodon",
  bluesky: "Follow on Bluesky",
  website: "Personal website",
};

export function authorLinkLabel(kind: string): string {
  return LINK_LABELS[kind] ?? "Website";
}

export function AuthorLinks({ links, name }: { links: AuthorBoxDTO["links"]; name: string }) {
  if (links.length === 0) return null;
  return (
    <ul className="author-links" role="list" aria-label={`${name} elsewhere`}>
      {links.map((l) => (
        <li key={l.url}>
          <a href={l.url} rel="me noopener">
            {authorLinkLabel(l.kind)}
          </a>
        </li>
      ))}
    </ul>
  );
}

export function AuthorAffiliations({ affiliations }: { affiliations: AuthorBoxDTO["affiliations"] }) {
  if (affiliations.length === 0) return null;
  return (
    <ul className="affiliations" role="list">
      {affiliations.map((f) => (
        <li key={`${f.role}-${f.organisation}`}>
          {f.role} at{" "}
          {f.url ? (
            <a href={f.url} rel="noopener">
              {f.organisation}
            </a>
          ) : (
            f.organisation
          )}
        </li>
      ))}
    </ul>
  );
}
