import Link from "next/link";
import { OAuthButtons } from "@/components/account/oauth-buttons";
import { SignInForm } from "@/components/account/sign-in-form";
import { oauthProviders } from "@/lib/auth/options";
import { getCurrentUser } from "@/lib/auth/session";
import { safeCallbackPath } from "@/lib/auth/sign-in-link";
import { pageMetadata, siteName } from "@/lib/site/metadata";

export function generateMetadata() {
  return pageMetadata({
    title: "Sign in",
    description: `Sign in to ${siteName()} with a link sent to your email address to join the conversation under our stories.`,
    path: "/signin",
    noindex: true,
  });
}

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
          <OAuthButtons providers={oauthProviders()} callbackUrl={callbackUrl} />
        </>
      )}
    </div>
  );
}
