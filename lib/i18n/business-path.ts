// Which business a page belongs to, read from its path, so a visitor whose browser speaks none
// of Suki's languages gets the business's own default language. proxy.ts forwards the path
// in PATHNAME_HEADER because server components cannot read the URL themselves.
export const PATHNAME_HEADER = "x-suki-pathname";

// Segments under /portal that are pages of the portal itself, not a business's slug.
const PORTAL_PAGES = new Set(["profile"]);

/** The business slug of /portal/<slug>/…, /join/<slug>/… and /admin/<slug>/…, else null. */
export function businessSlugFromPath(pathname: string | null | undefined): string | null {
  const match = /^\/(portal|join|admin)\/([^/?#]+)/.exec(pathname ?? "");
  if (!match) return null;
  const [, area, segment] = match;
  if (area === "portal" && PORTAL_PAGES.has(segment!)) return null;
  try {
    return decodeURIComponent(segment!);
  } catch {
    return null;
  }
}
