"use client";

import { startTransition, useEffect, useState } from "react";
import { loadViewer } from "@/lib/comments/viewer";
import { Link } from "@/components/ui/link";

/**
 * "Sign in", or the signed-in reader's name linking to their account. Public pages are cached
 * and the same for everyone, so the browser asks who is looking (lib/comments/viewer.ts:
 * only when someone may be signed in); without JavaScript the link stays "Sign in" (whose page
 * then says who is signed in).
 */
export function AccountLink() {
  const [name, setName] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    loadViewer().then(
      (data) => {
        if (live && data.user) startTransition(() => setName(data.user?.name ?? null));
      },
      () => {},
    );
    return () => {
      live = false;
    };
  }, []);
  return <AccountLinkView name={name} />;
}

/** The link itself, for a reader known (or not) already; pages about the reader draw it on the server. */
export function AccountLinkView({ name }: { name: string | null }) {
  return (
    <p className="site-header__account">
      {name ? (
        <Link href="/account" aria-label={`Your account (${name})`}>
          {name}
        </Link>
      ) : (
        <Link href="/signin">Sign in</Link>
      )}
    </p>
  );
}
