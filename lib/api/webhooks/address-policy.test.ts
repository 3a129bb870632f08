// Which webhook addresses are public, and what WEBHOOK_ALLOW_PRIVATE relaxes.
import { describe, expect, it } from "vitest";
import { checkedTarget, deliveryRefusal, isAllowedAddress, isPublicAddress, parseAllowPrivate, webhookUrlProblem } from "./address-policy";

const strict = parseAllowPrivate("off");

describe("isPublicAddress", () => {
  it.each([
    "0.0.0.0",
    "10.1.2.3",
    "100.64.0.1", // CGNAT
    "100.127.255.254",
    "127.0.0.1",
    "127.255.255.255",
    "169.254.169.254", // cloud metadata
    "172.16.0.1",
    "172.31.255.255",
    "192.0.0.8",
    "192.0.2.10",
    "192.168.1.1",
    "198.18.0.1",
    "198.51.100.7",
    "203.0.113.9",
    "224.0.0.1", // multicast
    "239.255.255.250",
    "240.0.0.1",
    "255.255.255.255",
    "::",
    "::1",
    "::ffff:127.0.0.1", // IPv4-mapped
    "::ffff:8.8.8.8", // mapped, even of a public address
    "::127.0.0.1", // IPv4-compatible
    "fc00::1", // ULA
    "fd12:3456:789a::1",
    "fe80::1", // link-local
    "fec0::1", // site-local
    "ff02::1", // multicast
    "2001:db8::1", // documentation
    "2001:0:4136:e378:8000:63bf:3fff:fdd2", // Teredo
    "2002:c0a8:0101::1", // 6to4 of 192.168.1.1
    "64:ff9b::7f00:1", // NAT64 of 127.0.0.1
    "64:ff9b::10.0.0.1",
    "not an address",
  ])("refuses %s", (address) => {
    expect(isPublicAddress(address)).toBe(false);
  });

  it.each(["8.8.8.8", "1.1.1.1", "93.184.215.14", "100.63.255.255", "100.128.0.1", "172.15.255.255", "172.32.0.1", "192.169.0.1", "2606:4700:4700::1111", "2a00:1450:4001:81c::200e", "64:ff9b::808:808"])(
    "allows %s",
    (address) => {
      expect(isPublicAddress(address)).toBe(true);
    },
  );
});

describe("WEBHOOK_ALLOW_PRIVATE", () => {
  it("on allows every address, off none but public ones", () => {
    expect(isAllowedAddress("127.0.0.1", parseAllowPrivate("on"))).toBe(true);
    expect(isAllowedAddress("127.0.0.1", parseAllowPrivate("1"))).toBe(true);
    expect(isAllowedAddress("127.0.0.1", parseAllowPrivate("0"))).toBe(false);
    expect(isAllowedAddress("127.0.0.1", strict)).toBe(false);
    expect(isAllowedAddress("8.8.8.8", strict)).toBe(true);
  });

  it("a list of ranges allows exactly those", () => {
    const shop = parseAllowPrivate("10.1.2.0/24, fd00:1::/32");
    expect(isAllowedAddress("10.1.2.3", shop)).toBe(true);
    expect(isAllowedAddress("10.1.3.3", shop)).toBe(false);
    expect(isAllowedAddress("fd00:1::5", shop)).toBe(true);
    expect(isAllowedAddress("fd00:2::5", shop)).toBe(false);
    expect(isAllowedAddress("169.254.169.254", shop)).toBe(false);
  });

  it("refuses a malformed range", () => {
    expect(() => parseAllowPrivate("10.1.2.0")).toThrow(/CIDR/);
    expect(() => parseAllowPrivate("10.1.2.0/33")).toThrow(/CIDR/);
    expect(() => parseAllowPrivate("example.com/8")).toThrow(/CIDR/);
  });
});

describe("webhookUrlProblem (configuration)", () => {
  it("accepts public https URLs and host names it cannot judge before DNS", () => {
    expect(webhookUrlProblem("https://pos.example.com/hooks", strict)).toBeNull();
    expect(webhookUrlProblem("https://8.8.8.8/hooks", strict)).toBeNull();
    expect(webhookUrlProblem("https://[2606:4700:4700::1111]:8443/h", strict)).toBeNull();
  });

  it.each([
    "https://127.0.0.1/hooks",
    "https://localhost/hooks",
    "https://localhost./hooks",
    "https://api.localhost/hooks",
    "https://[::1]/hooks",
    "https://[::ffff:7f00:1]/hooks",
    "https://[fd00::1]/hooks",
    "https://169.254.169.254/latest/meta-data",
    "https://2130706433/", // 127.0.0.1 as one number: URL parsing normalises it
    "https://0x7f.1/",
    "https://10.0.0.1/",
    "https://100.64.1.1/",
  ])("refuses the private or reserved %s", (url) => {
    expect(webhookUrlProblem(url, strict)).toMatch(/private or reserved/);
  });

  it("asks for https, allowing plain http only to an allowed private address", () => {
    expect(webhookUrlProblem("http://pos.example.com/hooks", strict)).toMatch(/https/);
    expect(webhookUrlProblem("http://8.8.8.8/hooks", parseAllowPrivate("on"))).toMatch(/https/);
    expect(webhookUrlProblem("http://127.0.0.1:4000/hooks", strict)).toMatch(/private or reserved/);
    expect(webhookUrlProblem("http://127.0.0.1:4000/hooks", parseAllowPrivate("on"))).toBeNull();
    expect(webhookUrlProblem("http://localhost:4000/hooks", parseAllowPrivate("127.0.0.0/8"))).toBeNull();
    expect(webhookUrlProblem("ftp://example.com/hooks", strict)).toMatch(/https/);
    expect(webhookUrlProblem("not a url", strict)).toMatch(/https/);
  });
});

describe("deliveryRefusal (after DNS)", () => {
  it("judges the resolved address, and plain http only for allowed private ones", () => {
    const url = new URL("https://hooks.example.com/x");
    expect(deliveryRefusal(url, "93.184.215.14", strict)).toBeNull();
    expect(deliveryRefusal(url, "10.0.0.5", strict)).toMatch(/private or reserved/);
    expect(deliveryRefusal(new URL("http://hooks.example.com/x"), "93.184.215.14", strict)).toMatch(/plain http/);
    expect(deliveryRefusal(new URL("http://hooks.example.com/x"), "10.0.0.5", parseAllowPrivate("10.0.0.0/8"))).toBeNull();
  });
});

describe("checkedTarget (delivery's choice of address)", () => {
  const resolveTo = (...addresses: string[]) => async () => addresses.map((address) => ({ address, family: address.includes(":") ? 6 : 4 }));
  const url = new URL("https://hooks.example.com/x");

  it("takes a public answer, and the literal of an IP URL without asking DNS", async () => {
    expect(await checkedTarget(url, strict, resolveTo("93.184.215.14", "2606:2800:21f:cb07:6820:80da:af6b:8b2c"))).toEqual({ address: "93.184.215.14", family: 4 });
    const noDns = async () => Promise.reject(new Error("no DNS for literals"));
    expect(await checkedTarget(new URL("https://[2606:4700:4700::1111]/x"), strict, noDns)).toEqual({ address: "2606:4700:4700::1111", family: 6 });
  });

  it("refuses when any answer is private (a rebinding host may return both), or when there is none", async () => {
    expect(await checkedTarget(url, strict, resolveTo("93.184.215.14", "10.0.0.7"))).toEqual({ refused: expect.stringMatching(/private or reserved/) });
    expect(await checkedTarget(url, strict, resolveTo("::ffff:169.254.169.254"))).toEqual({ refused: expect.stringMatching(/private or reserved/) });
    expect(await checkedTarget(url, strict, resolveTo())).toEqual({ refused: expect.stringMatching(/no address/) });
    expect(await checkedTarget(new URL("http://hooks.example.com/x"), strict, resolveTo("93.184.215.14"))).toEqual({ refused: expect.stringMatching(/plain http/) });
  });
});
