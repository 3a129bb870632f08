// Which catalog namespaces each area's client components read (useTranslations in "use client"
// files). Only these travel to the browser: the whole catalog is ~83 KB of English, and every
// page carried all of it twice (the RSC payload and its copy inside the HTML), which made a
// portal page 130 KB and cost its render most of its time. Server components translate on
// the server and need nothing here.
//
// Each area's layout has its own provider (components/i18n/area-intl-provider.tsx), so a
// client-side navigation into an area renders that layout and brings the area's messages.
// client-namespaces.test.ts scans every client component and fails when one reads a
// namespace its area does not send.

/** Everywhere: the root error page and the language menu. */
const SHARED = ["common", "errors"] as const;

export const CLIENT_NAMESPACES = {
  /** Landing, sign-in, join pages, and whatever has no area of its own. */
  public: [...SHARED, "auth", "join", "sessions"],
  portal: [...SHARED, "portal", "profile", "sessions"],
  admin: [
    ...SHARED,
    "adminAnalytics",
    "adminApiKeys",
    "adminCampaigns",
    "adminCounter",
    "adminImport",
    "adminMemberDetail",
    "adminOnboarding",
    "adminProgram",
    "adminRewards",
    "adminSettings",
    "adminShell",
    "adminStaff",
    "adminWebhooks",
  ],
} as const satisfies Record<string, readonly string[]>;

export type ClientArea = keyof typeof CLIENT_NAMESPACES;

/** The part of a catalog an area's client components read. */
export function clientMessages<M extends Record<string, unknown>>(messages: M, area: ClientArea): Partial<M> {
  return Object.fromEntries(CLIENT_NAMESPACES[area].filter((namespace) => namespace in messages).map((namespace) => [namespace, messages[namespace]])) as Partial<M>;
}
