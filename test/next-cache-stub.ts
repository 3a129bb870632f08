// next/cache outside a Next.js request (database tests): invalidation has nothing to invalidate.
export function revalidatePath(): void {}
export function revalidateTag(): void {}
export function updateTag(): void {}
export function refresh(): void {}
export function unstable_noStore(): void {}
export function unstable_cache<T extends (...args: never[]) => unknown>(fn: T): T {
  return fn;
}
