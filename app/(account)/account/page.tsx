import { DeleteAccountForm } from "@/components/account/delete-account-form";
import { ProfileForm } from "@/components/account/profile-form";
import { SignOutForm } from "@/components/account/sign-out-form";
import { requirePageUser } from "@/lib/auth/session";

export const metadata = { title: "Your account", robots: { index: false } };

export default async function AccountPage() {
  const user = await requirePageUser("/account");
  return (
    <div className="narrow">
      <h1>Your account</h1>
      <p>
        Signed in as <strong>{user.email}</strong>.
      </p>
      <section aria-labelledby="profile-heading">
        <h2 id="profile-heading">Profile</h2>
        <ProfileForm name={user.name} notifyReplies={user.notifyReplies} />
      </section>
      <section aria-labelledby="signout-heading">
        <h2 id="signout-heading">Sign out</h2>
        <SignOutForm />
      </section>
      <section aria-labelledby="delete-heading">
        <h2 id="delete-heading">Delete your account</h2>
        <DeleteAccountForm />
      </section>
    </div>
  );
}
