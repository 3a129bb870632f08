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
    SUKI_DEV_MAILBOX: z
      .enum(["on", "off"])
      .default(isProduction ? "off" : "on")
      .describe("Serve /dev/mailbox; on by default outside production"),
  },
  client: {},
  experimental__runtimeEnv: {},
  // `next build` runs without the launcher; real values are checked when the server starts.
  skipValidation: process.env.SKIP_ENV_VALIDATION === "1",
  emptyStringAsUndefined: true,
});
