import { NextResponse, type NextRequest } from "next/server";
import { unsubscribeWithToken } from "@/lib/portal/profile";

type Context = { params: Promise<{ token: string }> };

/**
 * The List-Unsubscribe target (RFC 8058). POST unsubscribes without sign-in: a mail client's
 * one-click request (body "List-Unsubscribe=One-Click") gets a plain 200, a person submitting
 * the confirmation form is sent back to it. GET never changes anything, because link
 * scanners and prefetchers follow links; it shows the confirmation page.
 */
export async function POST(request: NextRequest, { params }: Context) {
  const { token } = await params;
  const result = await unsubscribeWithToken(token);
  const body = await request.text().catch(() => "");
  if (body.includes("List-Unsubscribe=One-Click")) {
    return new Response(result ? "Unsubscribed." : "Unknown link.", { status: result ? 200 : 404, headers: { "Content-Type": "text/plain" } });
  }
  return NextResponse.redirect(new URL(`/unsubscribe/${encodeURIComponent(token)}?done=1`, request.nextUrl), 303);
}

export async function GET(request: NextRequest, { params }: Context) {
  const { token } = await params;
  return NextResponse.redirect(new URL(`/unsubscribe/${encodeURIComponent(token)}`, request.nextUrl), 303);
}
