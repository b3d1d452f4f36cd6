import Link from "next/link";
import { SignInForm } from "@/components/account/sign-in-form";
import { getCurrentUser } from "@/lib/auth/session";
import { safeCallbackPath } from "@/lib/auth/sign-in-link";
import { siteName } from "@/lib/site/metadata";

export const metadata = { title: "Sign in", robots: { index: false } };

export default async function SignInPage({ searchParams }: PageProps<"/signin">) {
  const params = await searchParams;
  const callbackUrl = safeCallbackPath(typeof params.callbackUrl === "string" ? params.callbackUrl.replace(/^https?:\/\/[^/]+/, "") : "/");
  const user = await getCurrentUser();
  return (
    <div className="narrow">
      <h1>Sign in</h1>
      {user ? (
        <p>
          You are signed in as <strong>{user.name}</strong>. <Link href="/account">Your account</Link> ·{" "}
          <Link href={callbackUrl}>Continue</Link>
        </p>
      ) : (
        <>
          <p>
            Sign in to {siteName()} to join the conversation. We will email you a link that signs you in — no password
            needed. A new address gets a new reader account.
          </p>
          <SignInForm callbackUrl={callbackUrl} />
        </>
      )}
    </div>
  );
}
