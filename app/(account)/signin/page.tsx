import { redirect } from "next/navigation";
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
  const asked = typeof params.callbackUrl === "string" ? params.callbackUrl.replace(/^https?:\/\/[^/]+/, "") : null;
  const callbackUrl = safeCallbackPath(asked ?? "/");
  // Someone already signed in (a cached page's header or "Sign in to comment" cannot know it
  // without JavaScript) goes straight on: where they were going, or their account.
  if (await getCurrentUser()) redirect(asked === null ? "/account" : callbackUrl);
  return (
    <div className="narrow">
      <h1>Sign in</h1>
      <p>
        Sign in to {siteName()} to join the conversation. We will email you a link that signs you in — no password needed.
        A new address gets a new reader account.
      </p>
      <SignInForm callbackUrl={callbackUrl} />
      <OAuthButtons providers={oauthProviders()} callbackUrl={callbackUrl} />
    </div>
  );
}
