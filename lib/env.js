// Every environment variable Suki reads, validated once. Import `env` from here; never read
// process.env elsewhere. The launcher (scripts/run.ts) fills DATABASE_URL, AUTH_SECRET and
// CRON_SECRET for development before Next starts, so they are required here.
import { createEnv } from "@t3-oss/env-nextjs";
import { z } from "zod";

const isProduction = process.env.NODE_ENV === "production";

export const env = createEnv({
  server: {
    NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
    DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }),
    AUTH_SECRET: z.string().min(32, "AUTH_SECRET must be at least 32 characters"),
    AUTH_URL: z.url().optional(),
    APP_URL: z.url().default("http://localhost:3000"),
    CRON_SECRET: z.string().min(32, "CRON_SECRET must be at least 32 characters"),
    RESEND_API_KEY: z.string().min(1).optional(),
    RESEND_BASE_URL: z.url().optional(),
    EMAIL_FROM: z.string().min(3).default("Suki <hello@suki.local>"),
    // Abuse limits (lib/security/limits.ts), counted in PostgreSQL and shared by every instance.
    SUKI_LIMIT_EARN_PER_MEMBER_MINUTE: z.coerce.number().int().positive().default(20),
    SUKI_LIMIT_REDEEM_PER_MEMBER_MINUTE: z.coerce.number().int().positive().default(5),
    SUKI_LIMIT_COUNTER_PER_STAFF_MINUTE: z.coerce.number().int().positive().default(30),
    SUKI_LIMIT_SIGN_IN_LINKS_PER_EMAIL_HOUR: z.coerce.number().int().positive().default(5),
    // Read by lib/log.ts straight from process.env (it also logs for scripts, before this runs).
    LOG_LEVEL: z.enum(["debug", "info", "warn", "error"]).optional(),
    SUKI_DEV_MAILBOX: z
      .enum(["on", "off"])
      .default(isProduction ? "off" : "on")
      .describe("Serve /dev/mailbox; on by default outside production"),
    WEBHOOK_ALLOW_PRIVATE: z
      .string()
      .regex(/^(on|off|1|0|((\d{1,3}(\.\d{1,3}){3}|[0-9a-fA-F:.]*:[0-9a-fA-F:.]*)\/\d{1,3})(\s*,\s*(\d{1,3}(\.\d{1,3}){3}|[0-9a-fA-F:.]*:[0-9a-fA-F:.]*)\/\d{1,3})*)$/, {
        error: "WEBHOOK_ALLOW_PRIVATE must be on, off, 1, 0 or a comma-separated list of CIDR ranges (10.0.0.0/8,fd00::/8)",
      })
      .default(isProduction ? "off" : "on")
      .describe("Webhook endpoints on private, loopback or reserved addresses: allowed (on), refused (off) or only these ranges; on by default outside production"),
  },
  client: {},
  experimental__runtimeEnv: {},
  // `next build` runs without the launcher; real values are checked when the server starts.
  skipValidation: process.env.SKIP_ENV_VALIDATION === "1",
  emptyStringAsUndefined: true,
});
