// next-auth's own modules import "next/server" in a way Node's resolver refuses outside Next;
// modules that only need its error classes and provider factories (the sign-in actions, the
// Auth.js config) load against this stand-in. Sessions come from test/auth-stub.ts.
export class AuthError extends Error {}
export class CredentialsSignin extends AuthError {
  code = "credentials";
}
export default function NextAuth() {
  throw new Error("NextAuth is not available in database tests; mock @/lib/auth/index with test/auth-stub");
}
