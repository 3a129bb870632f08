// Runs before every page (not the API, whose fixed headers come from next.config.js):
// - security headers, with a fresh script nonce per request in the Content-Security-Policy
//   (lib/security/headers.js); Next.js reads the nonce back from the request's CSP header;
// - a request id (x-request-id, kept when a load balancer set one) for the logs;
// - an optimistic check only: visitors without a session cookie are bounced away from the
//   signed-in areas before rendering. Real authorization happens where data is read
//   (lib/auth/guards).
import { NextResponse, type NextRequest } from "next/server";
import { PATHNAME_HEADER } from "@/lib/i18n/business-path";
import { REQUEST_ID_HEADER, requestIdFrom } from "@/lib/log";
import { pageHeaders } from "@/lib/security/headers.js";

const SESSION_COOKIES = ["authjs.session-token", "__Secure-authjs.session-token"];
const SIGNED_IN_AREAS = /^\/(portal|admin)(\/|$)/;

export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  const nonce = btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(18))));
  const https = request.nextUrl.protocol === "https:" || request.headers.get("x-forwarded-proto") === "https";
  const security = pageHeaders({ pathname, nonce, development: process.env.NODE_ENV === "development", https });
  const requestId = requestIdFrom(request.headers);

  let response: NextResponse;
  const hasSession = SESSION_COOKIES.some((name) => request.cookies.has(name));
  if (SIGNED_IN_AREAS.test(pathname) && !hasSession) {
    const url = request.nextUrl.clone();
    url.pathname = "/login";
    url.search = `?callbackUrl=${encodeURIComponent(pathname + request.nextUrl.search)}`;
    response = NextResponse.redirect(url);
  } else {
    const forwarded = new Headers(request.headers);
    // The page's business decides the language when the browser's does not fit (i18n/request.ts).
    forwarded.set(PATHNAME_HEADER, pathname);
    forwarded.set("content-security-policy", security["Content-Security-Policy"]);
    forwarded.set("x-nonce", nonce);
    forwarded.set(REQUEST_ID_HEADER, requestId);
    response = NextResponse.next({ request: { headers: forwarded } });
  }
  for (const [name, value] of Object.entries(security)) response.headers.set(name, value);
  response.headers.set(REQUEST_ID_HEADER, requestId);
  return response;
}

// Every path but the API (next.config.js gives it fixed headers; the POS API's hot path stays
// free of the proxy), Next's static assets and files served as they are (reward pictures
// under /media set their own locked-down CSP).
export const config = {
  matcher: ["/((?!api/|media/|_next/static/|_next/image|favicon\\.ico|.*\\.(?:png|jpg|jpeg|gif|svg|webp|ico|txt|xml|webmanifest)$).*)"],
};
