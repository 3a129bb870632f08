// The language menu's actions: a signed-in person's choice is saved on their account (and in
// the browser), a visitor's only in the browser; nobody can set anyone else's.
import { beforeEach, describe, expect, it, vi } from "vitest";
vi.mock("@/lib/auth/index", () => import("@/test/auth-stub"));
vi.mock("next/cache", () => import("@/test/next-cache-stub"));
const jar = new Map<string, { value: string; maxAge?: number }>();
vi.mock("next/headers", () => ({
  cookies: async () => ({
    get: (name: string) => (jar.has(name) ? { name, value: jar.get(name)!.value } : undefined),
    set: (name: string, value: string, options: { maxAge?: number }) => void jar.set(name, { value, maxAge: options.maxAge }),
  }),
  headers: async () => new Headers(),
}));
import { actAs } from "@/test/auth-stub";
import { db } from "@/lib/db/client";
import { chooseLanguageAction, saveLanguageAction } from "@/app/(auth)/language-actions";
import { LOCALE_COOKIE } from "./resolve-locale";

beforeEach(() => jar.clear());

describe("language actions", () => {
  it("saves a signed-in person's choice on their own account only, and in the browser", async () => {
    const me = await db.user.create({ data: { email: "lang-me@x.test" } });
    const other = await db.user.create({ data: { email: "lang-other@x.test", locale: "fil" } });
    actAs(me.id);
    const result = await saveLanguageAction({ locale: "az" });
    expect(result.data).toEqual({ locale: "az" });
    expect((await db.user.findUniqueOrThrow({ where: { id: me.id } })).locale).toBe("az");
    expect((await db.user.findUniqueOrThrow({ where: { id: other.id } })).locale).toBe("fil");
    expect(jar.get(LOCALE_COOKIE)).toEqual({ value: "az", maxAge: 365 * 24 * 60 * 60 });
    // An id in the input is not a way to reach someone else.
    await saveLanguageAction({ locale: "ro", userId: other.id } as never);
    expect((await db.user.findUniqueOrThrow({ where: { id: other.id } })).locale).toBe("fil");
  });

  it("refuses a language Suki does not speak", async () => {
    const me = await db.user.create({ data: { email: "lang-bad@x.test" } });
    actAs(me.id);
    const result = await saveLanguageAction({ locale: "de" } as never);
    expect(result.validationErrors).toBeDefined();
    expect((await db.user.findUniqueOrThrow({ where: { id: me.id } })).locale).toBeNull();
    expect(jar.size).toBe(0);
  });

  it("keeps a visitor's choice in the browser only; saving needs a session", async () => {
    actAs(null);
    const before = await db.user.count({ where: { locale: "ro" } });
    expect((await chooseLanguageAction({ locale: "ro" })).data).toEqual({ locale: "ro" });
    expect(jar.get(LOCALE_COOKIE)?.value).toBe("ro");
    expect(await db.user.count({ where: { locale: "ro" } })).toBe(before);
    await expect(saveLanguageAction({ locale: "ro" })).rejects.toThrow(/NEXT_REDIRECT/);
  });
});
