/** An expected failure whose message is safe to show to the user ("Not enough points"). */
export class UserError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UserError";
  }
}
