// React element → the HTML and plain text of one email. Plain text is derived from the HTML
// (one render per message, which is what keeps the outbox fast).
import { render, toPlainText } from "@react-email/render";
import type { ReactElement } from "react";

export async function renderTemplate(element: ReactElement): Promise<{ html: string; text: string }> {
  const html = await render(element);
  return { html, text: toPlainText(html) };
}
