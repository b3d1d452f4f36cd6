import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { env } from "@/lib/env";
import "./globals.css";
import "./forms.css";

export const metadata: Metadata = {
  metadataBase: new URL(env.SITE_URL),
  title: { default: env.SITE_NAME, template: `%s — ${env.SITE_NAME}` },
  description: `${env.SITE_NAME}: technology news, reported and explained.`,
};

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  themeColor: "#12263a",
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang={env.SITE_LANGUAGE}>
      <body>{children}</body>
    </html>
  );
}
