// The lightest page the framework serves: what `npm run page-weight` subtracts.
export const dynamic = "force-static";

export default function EmptyPage() {
  return null;
}
