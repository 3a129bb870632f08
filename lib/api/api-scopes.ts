// The scopes an API key can carry; importable from client forms (no server code here).
export const API_SCOPES = ["members:read", "members:write", "purchases:write", "redemptions:write"] as const;
export type ApiScope = (typeof API_SCOPES)[number];
