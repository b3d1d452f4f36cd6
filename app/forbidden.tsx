import Link from "next/link";

/** Shown with a 403 status when a signed-in user opens a page their role does not allow. */
export default function Forbidden() {
  return (
    <main id="main" className="container">
      <div className="not-found">
        <h1>You do not have access to this page</h1>
        <p>Your account is signed in, but its role does not allow this. Ask an admin if you need access.</p>
        <p>
          <Link href="/">Go to the front page</Link>
        </p>
      </div>
    </main>
  );
}
