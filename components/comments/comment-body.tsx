import { formatCommentBody } from "@/lib/comments/format";

/** A comment's text as paragraphs, line breaks and links: React text nodes only, never HTML. */
export function CommentBody({ body }: { body: string }) {
  return (
    <div className="comment__body">
      {formatCommentBody(body).map((lines, p) => (
        <p key={p}>
          {lines.map((segments, l) => (
            <span key={l}>
              {l > 0 && <br />}
              {segments.map((s, i) =>
                s.kind === "link" ? (
                  <a key={i} href={s.href} rel="nofollow ugc noopener">
                    {s.text}
                  </a>
                ) : (
                  <span key={i}>{s.text}</span>
                ),
              )}
            </span>
          ))}
        </p>
      ))}
    </div>
  );
}
