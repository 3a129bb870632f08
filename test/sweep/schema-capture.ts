// Remembers the input schema of every server action built from next-safe-action, so the
// authorization sweep can build a valid input for an action it has never seen. Install it
// before the action modules are imported: it wraps the client's builder methods so each
// client (and finally each action function) carries the schema given to `inputSchema()`.
import { createSafeActionClient } from "next-safe-action";

const schemaOfClient = new WeakMap<object, unknown>();
const schemaOfAction = new WeakMap<object, unknown>();
let installed = false;

type Method = (this: object, ...args: unknown[]) => unknown;

export function captureActionSchemas(): void {
  if (installed) return;
  installed = true;
  const prototype = Object.getPrototypeOf(createSafeActionClient()) as Record<string, Method>;
  for (const name of ["use", "useValidated", "metadata", "outputSchema", "bindArgsSchemas"]) {
    const original = prototype[name]!;
    prototype[name] = function (this: object, ...args: unknown[]) {
      const next = original.apply(this, args) as object;
      if (schemaOfClient.has(this)) schemaOfClient.set(next, schemaOfClient.get(this));
      return next;
    };
  }
  const inputSchema = prototype.inputSchema!;
  prototype.inputSchema = function (this: object, ...args: unknown[]) {
    const next = inputSchema.apply(this, args) as object;
    schemaOfClient.set(next, args[0]);
    return next;
  };
  for (const name of ["action", "stateAction"]) {
    const original = prototype[name]!;
    prototype[name] = function (this: object, ...args: unknown[]) {
      const action = original.apply(this, args) as object;
      schemaOfAction.set(action, schemaOfClient.get(this));
      return action;
    };
  }
}

export function inputSchemaOf(action: object): unknown {
  return schemaOfAction.get(action);
}
