import { Link } from "@/components/ui/link";
import { getCurrentUser } from "@/lib/auth/session";

/** "Sign in", or the signed-in reader's name linking to their account. */
export async function AccountLink() {
  const user = await getCurrentUser();
  return (
    <p className="site-header__account">
      {user ? (
        <Link href="/account" aria-label={`Your account (${user.name})`}>
          {user.name}
        </Link>
      ) : (
        <Link href="/signin">Sign in</Link>
      )}
    </p>
  );
}
