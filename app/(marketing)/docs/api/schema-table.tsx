// One JSON schema of the OpenAPI document as a table of its fields, following $refs into the
// document's components.
export type Schema = {
  $ref?: string;
  type?: string | string[];
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  enum?: unknown[];
  description?: string;
  anyOf?: Schema[];
  format?: string;
};

function resolve(schema: Schema, components: Record<string, Schema>): Schema {
  const name = schema.$ref?.split("/").pop();
  return name && components[name] ? components[name] : schema;
}

function typeOf(schema: Schema, components: Record<string, Schema>): string {
  const resolved = resolve(schema, components);
  if (resolved.anyOf) return resolved.anyOf.map((option) => typeOf(option, components)).join(" | ");
  if (resolved.enum) return resolved.enum.map((value) => JSON.stringify(value)).join(" | ");
  const type = Array.isArray(resolved.type) ? resolved.type.join(" | ") : (resolved.type ?? "object");
  if (type === "array" && resolved.items) return `${typeOf(resolved.items, components)}[]`;
  return resolved.format ? `${type} (${resolved.format})` : type;
}

export function SchemaTable({ title, schema, components }: { title: string; schema: Schema; components: Record<string, Schema> }) {
  const resolved = resolve(schema, components);
  const fields = Object.entries(resolved.properties ?? {});
  return (
    <div>
      <h3 className="font-semibold text-ink">{title}</h3>
      <table className="mt-2 w-full text-left text-sm">
        <thead className="text-ink-muted">
          <tr>
            <th className="py-1 pr-4 font-medium">Field</th>
            <th className="py-1 pr-4 font-medium">Type</th>
            <th className="py-1 font-medium">Notes</th>
          </tr>
        </thead>
        <tbody>
          {fields.map(([name, field]) => (
            <tr key={name} className="border-t border-line align-top">
              <td className="py-1.5 pr-4 font-mono">
                {name}
                {resolved.required?.includes(name) ? "" : "?"}
              </td>
              <td className="py-1.5 pr-4 font-mono text-ink-muted">{typeOf(field, components)}</td>
              <td className="py-1.5">{resolve(field, components).description ?? ""}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
