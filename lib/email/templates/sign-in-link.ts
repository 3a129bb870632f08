// The sign-in link email. Plain HTML and text for now; the email issue moves every template
// onto the shared React Email layout.
export function signInLinkEmail({ url, appName = "Suki" }: { url: string; appName?: string }) {
  const subject = `Your ${appName} sign-in link`;
  const text = [
    `Sign in to ${appName}`,
    "",
    "Open this link to sign in. It works once and expires in 24 hours:",
    url,
    "",
    "If you did not ask for it, you can ignore this email.",
  ].join("\n");
  const html = `<!doctype html><html><body style="font-family:system-ui,sans-serif;background:#fafaf9;padding:24px;color:#1c1917">
<div style="max-width:480px;margin:auto;background:#fff;border-radius:12px;padding:32px">
<h1 style="font-size:20px;margin:0 0 16px">Sign in to ${escapeHtml(appName)}</h1>
<p>Tap the button to sign in. The link works once and expires in 24 hours.</p>
<p style="margin:24px 0"><a href="${escapeHtml(url)}" style="background:#92400e;color:#fff;padding:12px 20px;border-radius:8px;text-decoration:none;font-weight:600">Sign in</a></p>
<p style="font-size:13px;color:#57534e">If you did not ask for it, you can ignore this email.</p>
</div></body></html>`;
  return { subject, text, html };
}

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
