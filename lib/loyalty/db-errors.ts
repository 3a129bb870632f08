/** A unique constraint failed: pg's 23505, or Prisma's P2002 wrapping it. */
export function isUniqueViolation(error: unknown): boolean {
  const code = typeof error === "object" && error !== null ? (error as { code?: unknown }).code : undefined;
  return code === "23505" || code === "P2002";
}
