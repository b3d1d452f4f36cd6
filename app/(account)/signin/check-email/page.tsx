import Link from "next/link";

export const metadata = { title: "Check your email", robots: { index: false } };

export default async function CheckEmailPage({ searchParams }: PageProps<"/signin/check-email">) {
  const { email } = await searchParams;
  return (
    <div className="narrow">
      <h1>Check your email</h1>
      <p role="status">
        We sent a sign-in link to <strong>{typeof email === "string" ? email : "your address"}</strong>. Open it on this
        device within an hour to sign in. It works once.
      </p>
      <p>
        Nothing arrived? Look in your spam folder, or <Link href="/signin">ask for a new link</Link>.
      </p>
    </div>
  );
}
