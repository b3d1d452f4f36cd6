import Link from "next/link";

export const metadata = { title: "Reply emails", robots: { index: false } };

export default async function UnsubscribedPage({ searchParams }: PageProps<"/unsubscribed">) {
  const { result } = await searchParams;
  return (
    <div className="narrow">
      {result === "ok" ? (
        <>
          <h1>You are unsubscribed</h1>
          <p role="status">You will get no more emails about replies to that comment.</p>
        </>
      ) : (
        <>
          <h1>That link did not work</h1>
          <p role="alert">The unsubscribe link is incomplete or no longer valid. You can turn reply emails off in your account.</p>
        </>
      )}
      <p>
        <Link href="/">Back to the front page</Link>
      </p>
    </div>
  );
}
