import { signOutAction } from "@/lib/auth/actions";

/** Works without JavaScript: a plain form posting to the sign-out action. */
export function SignOutForm() {
  return (
    <form action={signOutAction}>
      <button type="submit" className="button button--secondary">
        Sign out
      </button>
    </form>
  );
}
