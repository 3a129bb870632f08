/** An expected failure whose message is safe to show to the user ("Not enough points"). */
export class UserError extends Error {
  /** A full catalog key ("errors.notAMember"): the form shows that in the reader's language. */
  readonly messageKey?: string;
  readonly values?: Record<string, string | number>;

  constructor(message: string, translation?: { key: string; values?: Record<string, string | number> }) {
    super(message);
    this.name = "UserError";
    this.messageKey = translation?.key;
    this.values = translation?.values;
  }
}
