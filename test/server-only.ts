// Vitest runs domain modules outside React Server Components; `server-only` would throw.
export {};
