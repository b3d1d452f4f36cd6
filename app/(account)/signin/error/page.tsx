import Link from "next/link";

export const metadata = { title: "Sign-in problem", robots: { index: false } };

const MESSAGES: Record<string, string> = {
  Verification: "That sign-in link has expired or has already been used. Links work once, for one hour.",
  AccessDenied: "This account may not sign in.",
  OAuthAccountNotLinked: "That email address already signs in another way. Use the method you used first.",
  Configuration: "Sign-in is not configured correctly on this site. Please tell the editors.",
};

export default async function SignInErrorPage({ searchParams }: PageProps<"/signin/error">) {
  const { error } = await searchParams;
  const message = (typeof error === "string" && MESSAGES[error]) || "Something went wrong while signing you in.";
  return (
    <div className="narrow">
      <h1>We could not sign you in</h1>
      <p role="alert">{message}</p>
      <p>
        <Link href="/signin">Try again</Link>
      </p>
    </div>
  );
}
