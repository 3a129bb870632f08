import { describe, expect, it } from "vitest";
import { UserError } from "@/lib/actions/user-error";
import { LOYALTY_ERRORS, LoyaltyError, type LoyaltyErrorCode } from "@/lib/loyalty/errors";
import english from "@/messages/en/errors.json";
import { translateValidationErrors, userFacingMessage } from "./errors";
import { translatorFor } from "./translator";

// Outside a request (here, a cron job, a script) the reader's language is English.
describe("userFacingMessage", () => {
  it("says each engine refusal in English exactly as the engine does", () => {
    const catalog = english.loyalty as Record<string, string>;
    for (const [code, { message }] of Object.entries(LOYALTY_ERRORS)) expect(catalog[code], code).toBe(message);
    expect(Object.keys(catalog).sort()).toEqual(Object.keys(LOYALTY_ERRORS).sort());
  });

  it("translates engine codes, keyed UserErrors and the generic answer", async () => {
    expect(await userFacingMessage(new LoyaltyError("insufficient_points"))).toBe("Not enough points.");
    expect(await userFacingMessage(new UserError("x", { key: "errors.tooManyAttempts", values: { minutes: 1 } }))).toBe(
      "Too many failed attempts. Try again in 1 minute.",
    );
    expect(await userFacingMessage(new Error("boom: internal detail"))).toBe("Something went wrong. Please try again.");
  });

  it("keeps a sentence thrown with a code, and an untranslated UserError's own message", async () => {
    expect(await userFacingMessage(new LoyaltyError("invalid_input", "Points can pay at most the whole bill."))).toBe("Points can pay at most the whole bill.");
    expect(await userFacingMessage(new UserError("No such endpoint."))).toBe("No such endpoint.");
  });

  it("has every engine refusal in every member language", () => {
    for (const locale of ["fil", "ro", "az"] as const) {
      const t = translatorFor(locale);
      for (const code of Object.keys(LOYALTY_ERRORS) as LoyaltyErrorCode[]) {
        expect(t(`errors.loyalty.${code}`), `${locale} ${code}`).not.toBe(LOYALTY_ERRORS[code].message);
      }
    }
    expect(translatorFor("ro")("errors.loyalty.insufficient_points")).toBe("Nu ai destule puncte.");
  });
});

describe("translateValidationErrors", () => {
  it("turns catalog keys in zod's formatted errors into sentences and leaves other messages alone", async () => {
    const errors = { _errors: [], phone: { _errors: ["errors.field.phone"] }, name: { _errors: ["Too big"] } };
    expect(await translateValidationErrors(errors)).toEqual({
      _errors: [],
      phone: { _errors: ["Enter a phone number with digits only, like +63 917 123 4567."] },
      name: { _errors: ["Too big"] },
    });
  });
});
