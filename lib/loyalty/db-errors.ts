/** Prisma's "unique constraint failed" (P2002), e.g. a receipt id recorded twice. */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002";
}
