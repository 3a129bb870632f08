import { redirect } from "next/navigation";
import { homePathFor, requireUser } from "@/lib/auth/guards";

// Lands a freshly signed-in person where they belong: staff in /admin, members in /portal.
export default async function ContinuePage() {
  const user = await requireUser();
  redirect(await homePathFor(user.id));
}
