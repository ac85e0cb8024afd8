import type { ReactNode } from "react";
import { AccountNav } from "@/components/account/account-nav";

/**
 * Every page of the personal space: its navigation beside (below lg: above) the page. Each page
 * checks the session itself with requireUser, since a layout does not re-run on navigation.
 */
export default function SpaceLayout({ children }: { children: ReactNode }) {
  return (
    <div className="page-container grid gap-6 py-6 sm:py-8 lg:grid-cols-[15rem_minmax(0,1fr)] lg:gap-12 lg:py-10">
      <AccountNav />
      <div className="min-w-0">{children}</div>
    </div>
  );
}
