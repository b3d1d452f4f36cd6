"use client";

import { signIn } from "next-auth/react";
import { useState } from "react";

/**
 * "Continue with GitHub/Google". next-auth needs a CSRF token for these, which its client
 * fetches, so they need JavaScript; the email form above works without it.
 */
export function OAuthButtons({ providers, callbackUrl }: { providers: { id: string; name: string }[]; callbackUrl: string }) {
  const [pending, setPending] = useState<string | null>(null);
  if (providers.length === 0) return null;
  return (
    <div className="oauth">
      <p>Or continue with an account you already have:</p>
      {providers.map((p) => (
        <button
          key={p.id}
          type="button"
          className="button button--secondary"
          disabled={pending !== null}
          onClick={() => {
            setPending(p.id);
            void signIn(p.id, { callbackUrl });
          }}
        >
          {pending === p.id ? `Opening ${p.name}…` : `Continue with ${p.name}`}
        </button>
      ))}
      <noscript>
        <p className="hint">Signing in with another account needs JavaScript; the email link works without it.</p>
      </noscript>
    </div>
  );
}
