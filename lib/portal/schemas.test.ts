import { describe, expect, it } from "vitest";
import { deleteAccountSchema, joinProgramSchema, updateProfileSchema } from "./schemas";

describe("updateProfileSchema", () => {
  it("turns empty fields into null", () => {
    expect(updateProfileSchema.parse({ name: " ", phone: "", birthday: "" })).toEqual({ name: null, phone: null, birthday: null });
  });
  it("accepts a real phone and a past birthday", () => {
    expect(updateProfileSchema.parse({ name: "Ana", phone: "+63 917 123 4567", birthday: "1990-05-04" })).toEqual({
      name: "Ana",
      phone: "+63 917 123 4567",
      birthday: "1990-05-04",
    });
  });
  it.each([
    [{ name: "", phone: "call me", birthday: "" }, "phone"],
    [{ name: "", phone: "", birthday: "2999-01-01" }, "birthday"],
    [{ name: "", phone: "", birthday: "1800-01-01" }, "birthday"],
    [{ name: "", phone: "", birthday: "05/04/1990" }, "birthday"],
    [{ name: "x".repeat(101), phone: "", birthday: "" }, "name"],
  ])("refuses %o in %s", (input, field) => {
    const result = updateProfileSchema.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path[0])).toContain(field);
  });
});

describe("other portal inputs", () => {
  it("uppercases a referral code and drops a malformed one", () => {
    expect(joinProgramSchema.parse({ slug: "kape-suki", referralCode: "ab12" })).toEqual({ slug: "kape-suki", referralCode: "AB12" });
    expect(joinProgramSchema.parse({ slug: "kape-suki", referralCode: "x".repeat(50) })).toEqual({ slug: "kape-suki", referralCode: undefined });
  });
  it("deletes only with the word DELETE", () => {
    expect(deleteAccountSchema.safeParse({ confirmation: "delete" }).success).toBe(true);
    expect(deleteAccountSchema.safeParse({ confirmation: "yes" }).success).toBe(false);
  });
});
