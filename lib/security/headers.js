// The security headers of every response. Pages get theirs from proxy.ts (a Content-Security-
// Policy with a fresh script nonce per request, which Next.js reads back from the request's
// CSP header and puts on its own scripts); API routes and static files get the fixed ones
// from next.config.js, so the POS API's hot path never runs the proxy. Plain JavaScript
// because next.config.js imports it.

/** Pages allowed to use the camera: the counter screen scans member cards and vouchers. */
const CAMERA_PAGES = /^\/admin\/[^/]+\/counter(\/|$)/;

const HSTS = "max-age=63072000; includeSubDomains";

/**
 * @param {{ nonce: string, development: boolean, https?: boolean }} options
 * @returns {string}
 */
export function contentSecurityPolicy({ nonce, development, https = false }) {
  const directives = [
    "default-src 'self'",
    // 'strict-dynamic': scripts loaded by the nonce'd bootstrap (Next's chunks) may run;
    // React's development build evaluates strings for its stack traces.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    // Charts and Radix position elements with style attributes.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self'${development ? " ws: wss:" : ""}`,
    // qr-scanner runs its decoder in a worker created from a blob: URL.
    "worker-src 'self' blob:",
    "media-src 'self' blob:",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ];
  if (https) directives.push("upgrade-insecure-requests");
  return directives.join("; ");
}

/**
 * @param {string} pathname
 * @returns {string}
 */
export function permissionsPolicy(pathname) {
  const camera = CAMERA_PAGES.test(pathname) ? "camera=(self)" : "camera=()";
  return `${camera}, microphone=(), geolocation=(), payment=(), usb=()`;
}

/**
 * Headers every response carries, page or not.
 * @param {{ production: boolean }} options
 * @returns {{ key: string, value: string }[]}
 */
export function baseHeaders({ production }) {
  return [
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    { key: "X-Frame-Options", value: "DENY" },
    ...(production ? [{ key: "Strict-Transport-Security", value: HSTS }] : []),
  ];
}

/**
 * API answers are JSON for machines: nothing in them may load or run anything.
 * @returns {{ key: string, value: string }[]}
 */
export function apiHeaders() {
  return [
    { key: "Content-Security-Policy", value: "default-src 'none'; frame-ancestors 'none'" },
    { key: "Permissions-Policy", value: permissionsPolicy("/api") },
  ];
}

/**
 * The page headers proxy.ts sets on a response.
 * @param {{ pathname: string, nonce: string, development: boolean, https?: boolean }} options
 * @returns {{ "Content-Security-Policy": string, "Permissions-Policy": string }}
 */
export function pageHeaders({ pathname, nonce, development, https }) {
  return {
    "Content-Security-Policy": contentSecurityPolicy({ nonce, development, https }),
    "Permissions-Policy": permissionsPolicy(pathname),
  };
}
