import Link from "next/link";

export default function NotFound() {
  return (
    <div className="not-found">
      <h1>Page not found</h1>
      <p>This story may have moved, or it was never published.</p>
      <p>
        <Link href="/">Go to the front page</Link>
      </p>
    </div>
  );
}
