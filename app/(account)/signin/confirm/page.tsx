import Link from "next/link";
import { localCallbackPath } from "@/lib/auth/sign-in-link";

export const metadata = { title: "Sign in?", robots: { index: false } };

const param = (value: string | string[] | undefined) => (typeof value === "string" ? value : "");

/**
 * Where an emailed sign-in link lands when opened in a browser other than the one that asked
 * for it: nothing happens until the person says it is their own address.
 */
export default async function ConfirmSignInPage({ searchParams }: PageProps<"/signin/confirm">) {
  const params = await searchParams;
  const email = param(params.email);
  const token = param(params.token);
  if (!email || !token) {
    return (
      <div className="narrow">
        <h1>This sign-in link is not complete</h1>
        <p>
          Copy the whole link from the email, or <Link href="/signin">ask for a new one</Link>.
        </p>
      </div>
    );
  }
  return (
    <div className="narrow">
      <h1>Sign in as {email}?</h1>
      <p>
        This link was asked for in another browser or app. Continue only if <strong>{email}</strong> is your own
        address and you asked for the link: someone who mails you a link of theirs could otherwise sign you in to
        their account.
      </p>
      {/* A plain form, with or without JavaScript: the answer is a redirect to the link itself. */}
      <form method="post" action="/api/auth/callback/email" className="form">
        <input type="hidden" name="email" value={email} />
        <input type="hidden" name="token" value={token} />
        <input type="hidden" name="callbackUrl" value={localCallbackPath(param(params.callbackUrl))} />
        <button type="submit" className="button">
          Yes, sign in as {email}
        </button>
      </form>
      <p>
        Not you? <Link href="/">Go to the front page</Link> and ignore the email.
      </p>
    </div>
  );
}
