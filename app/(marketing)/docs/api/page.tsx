import type { Metadata } from "next";
import { openApiDocument } from "@/lib/api/openapi";
import { HTTP_IDEMPOTENCY_RETENTION_HOURS } from "@/lib/api/retention";
import { SchemaTable, type Schema } from "./schema-table";

export const metadata: Metadata = { title: "POS API reference" };

type Operation = {
  summary?: string;
  description?: string;
  parameters?: { name: string; in: string; required?: boolean }[];
  requestBody?: { content: Record<string, { schema: Schema }> };
  responses: Record<string, { description: string; content?: Record<string, { schema: Schema }> }>;
};

/** The readable reference, rendered from the same OpenAPI document as /api/v1/openapi.json. */
export default function ApiReferencePage() {
  const document = openApiDocument();
  const components = (document.components?.schemas ?? {}) as Record<string, Schema>;
  const operations = Object.entries(document.paths ?? {}).flatMap(([path, item]) =>
    (["get", "post"] as const).flatMap((method) => {
      const operation = (item as Record<string, Operation | undefined>)[method];
      return operation ? [{ path, method, operation }] : [];
    }),
  );

  return (
    <div className="container-page max-w-4xl space-y-10 py-10">
      <header className="space-y-3">
        <h1 className="text-3xl font-semibold text-ink">{document.info.title}</h1>
        <p className="text-ink-muted">{document.info.description}</p>
        <p className="text-sm">
          Machine-readable: <a className="underline" href="/api/v1/openapi.json">/api/v1/openapi.json</a> (OpenAPI {document.openapi}).
        </p>
      </header>

      <section className="space-y-3">
        <h2 className="text-xl font-semibold text-ink">Conventions</h2>
        <ul className="list-disc space-y-2 pl-6 text-ink">
          <li>
            <strong>Authentication:</strong> <code>Authorization: Bearer &lt;API key&gt;</code>. Keys belong to one business and carry scopes
            (<code>members:read</code>, <code>members:write</code>, <code>purchases:write</code>, <code>redemptions:write</code>); a missing
            scope is 403, a missing, wrong or revoked key 401. Another business&apos;s ids answer 404.
          </li>
          <li>
            <strong>Idempotency:</strong> send <code>Idempotency-Key</code> (1–255 printable characters) with every POST. Repeating it with the
            same body returns the first response with <code>Idempotent-Replayed: true</code>; with another body, 409{" "}
            <code>idempotency_conflict</code>. Validation errors (400) and 404s are not remembered, so the corrected request can reuse the key.
            Keys are remembered for {HTTP_IDEMPOTENCY_RETENTION_HOURS} hours; retry within that time.
          </li>
          <li>
            <strong>Errors:</strong> <code>{`{"error": {"code": "…", "message": "…"}}`}</code>; 400 adds <code>fields</code>. Bodies are JSON of
            at most 64 KB (413 beyond, 415 for another content type).
          </li>
          <li>
            <strong>Rate limits:</strong> per key per minute (600 by default) and per address for failed authentication; 429 carries{" "}
            <code>Retry-After</code> in seconds.
          </li>
          <li>
            <strong>Money and points</strong> are integers: amounts in minor units (centavos, bani), points as whole numbers.
          </li>
          <li>
            <strong>Webhooks</strong> (<code>member.tier_changed</code>, <code>voucher.issued</code>, <code>voucher.used</code>) are configured by
            the owner under Admin → Webhooks, POSTed with <code>Suki-Event</code>, <code>Suki-Event-Id</code> (stable across retries; dedupe on it)
            and <code>Suki-Signature: t=&lt;unix&gt;,v1=&lt;hex&gt;</code>, where v1 is HMAC-SHA256 of <code>&lt;t&gt;.&lt;raw body&gt;</code>{" "}
            with the endpoint&apos;s secret. Failed deliveries are retried with exponential backoff, 8 attempts in all. Endpoints must be
            public <code>https://</code> addresses: private, loopback, link-local and other reserved addresses are refused when the endpoint
            is added and again, after DNS, at every delivery, which connects to the address it checked and follows no redirects.
          </li>
        </ul>
      </section>

      {operations.map(({ path, method, operation }) => {
        const body = operation.requestBody?.content["application/json"]?.schema;
        return (
          <section key={`${method} ${path}`} id={`${method}-${path}`} className="space-y-4 border-t border-line pt-8">
            <h2 className="font-mono text-lg font-semibold text-ink">
              <span className="mr-2 rounded bg-brand-100 px-2 py-0.5 text-brand-900 uppercase">{method}</span>
              {path}
            </h2>
            <p className="text-ink">{operation.summary}</p>
            {operation.description ? <p className="text-sm text-ink-muted">{operation.description}</p> : null}
            {operation.parameters?.length ? (
              <p className="text-sm">
                Parameters:{" "}
                {operation.parameters.map((parameter) => (
                  <code key={`${parameter.in}-${parameter.name}`} className="mr-2">
                    {parameter.name} ({parameter.in}
                    {parameter.required ? ", required" : ""})
                  </code>
                ))}
              </p>
            ) : null}
            {body ? <SchemaTable title="Request body" schema={body} components={components} /> : null}
            <div>
              <h3 className="font-semibold text-ink">Responses</h3>
              <ul className="mt-2 space-y-1 text-sm">
                {Object.entries(operation.responses).map(([status, response]) => (
                  <li key={status}>
                    <code className="font-semibold">{status}</code> {response.description}
                  </li>
                ))}
              </ul>
            </div>
            {Object.entries(operation.responses)
              .filter(([status, response]) => status.startsWith("2") && response.content)
              .slice(0, 1)
              .map(([status, response]) => (
                <SchemaTable key={status} title={`Response ${status}`} schema={response.content!["application/json"]!.schema} components={components} />
              ))}
          </section>
        );
      })}
    </div>
  );
}
