import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { db } from "@/lib/db/client";
import { usesDevMailbox } from "@/lib/email/send";
import { env } from "@/lib/env.js";

export const metadata: Metadata = { title: "Development mailbox", robots: { index: false } };
export const dynamic = "force-dynamic";

// Mail "delivered" without RESEND_API_KEY lands here, newest first. Never served in
// production or when real delivery is configured.
export default async function DevMailboxPage() {
  if (env.SUKI_DEV_MAILBOX !== "on" || !usesDevMailbox()) notFound();
  const messages = await db.emailMessage.findMany({
    where: { providerId: { startsWith: "dev_" } },
    orderBy: { createdAt: "desc" },
    take: 50,
    select: { id: true, toEmail: true, subject: true, kind: true, createdAt: true, payload: true },
  });

  return (
    <main id="main" tabIndex={-1} className="mx-auto max-w-3xl px-4 py-10">
      <h1 className="text-2xl font-semibold text-ink">Development mailbox</h1>
      <p className="mt-1 text-ink-muted">
        Email that Suki would have sent. Set <code>RESEND_API_KEY</code> to deliver for real.
      </p>
      {messages.length === 0 ? (
        <p className="mt-8 text-ink-muted">No mail yet.</p>
      ) : (
        <ol className="mt-8 space-y-4">
          {messages.map((message) => {
            const payload = message.payload as { text?: string };
            return (
              <li key={message.id} className="rounded-card border border-line bg-surface p-5 shadow-card">
                <article aria-label={message.subject}>
                  <h2 className="font-semibold text-ink">{message.subject}</h2>
                  <p className="text-sm text-ink-muted">
                    To {message.toEmail} · {message.kind} · <time dateTime={message.createdAt.toISOString()}>{message.createdAt.toISOString().replace("T", " ").slice(0, 19)} UTC</time>
                  </p>
                  <pre className="mt-3 whitespace-pre-wrap break-words rounded-lg bg-stone-50 p-3 text-sm text-ink">
                    <Linkified text={payload.text ?? ""} />
                  </pre>
                </article>
              </li>
            );
          })}
        </ol>
      )}
    </main>
  );
}

function Linkified({ text }: { text: string }) {
  return text.split(/(https?:\/\/\S+)/).map((part, index) =>
    /^https?:\/\//.test(part) ? (
      <a key={index} href={part} className="text-brand-800 underline">
        {part}
      </a>
    ) : (
      part
    ),
  );
}
