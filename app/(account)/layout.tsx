import type { Metadata } from "next";
import type { ReactNode } from "react";
import { PublicShell } from "@/components/layout/public-shell";

// Personal pages have nothing to offer search engines, and their addresses are not secrets to index.
export const metadata: Metadata = { robots: { index: false, follow: false } };

export default function AccountLayout({ children }: { children: ReactNode }) {
  return <PublicShell>{children}</PublicShell>;
}
