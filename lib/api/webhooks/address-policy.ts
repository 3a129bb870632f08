// Which addresses a webhook may reach (SSRF): an owner types the URL, and our server makes the
// request from inside our network, so a URL must not point back at the app, its database, the
// cloud metadata service or anything else that is not on the public internet. Refused: the
// IANA special-purpose ranges (loopback, RFC 1918 private, CGNAT 100.64/10, link-local
// 169.254/16 and fe80::/10, multicast, documentation, benchmarking, reserved), every IPv6
// address outside global unicast 2000::/3 (ULA fc00::/7, IPv4-mapped ::ffff:0:0/96 and
// IPv4-compatible ::/96 included), 6to4 and Teredo (they tunnel to an IPv4 we cannot see).
// NAT64 (64:ff9b::/96) is judged by the IPv4 address it carries.
// WEBHOOK_ALLOW_PRIVATE (lib/env.js) relaxes this: `on` allows everything (development and
// tests, with their local receivers), or a list of CIDR ranges allows just those (a self-hosted
// shop's own till server at 10.1.2.3). No environment and no I/O of its own (DNS is passed in).
import { BlockList, isIP, isIPv4 } from "node:net";

export type AddressPolicy = { allowAll: boolean; allowed: BlockList };

const BLOCKED_V4: [string, number][] = [
  ["0.0.0.0", 8], // "this network"; 0.0.0.0 reaches the local host on Linux
  ["10.0.0.0", 8],
  ["100.64.0.0", 10], // CGNAT
  ["127.0.0.0", 8],
  ["169.254.0.0", 16], // link-local, cloud metadata (169.254.169.254)
  ["172.16.0.0", 12],
  ["192.0.0.0", 24], // IETF protocol assignments
  ["192.0.2.0", 24], // documentation
  ["192.88.99.0", 24], // 6to4 relay anycast
  ["192.168.0.0", 16],
  ["198.18.0.0", 15], // benchmarking
  ["198.51.100.0", 24], // documentation
  ["203.0.113.0", 24], // documentation
  ["224.0.0.0", 4], // multicast
  ["240.0.0.0", 4], // reserved, broadcast
];

// Inside global unicast 2000::/3, the blocks that are not plain public hosts.
const BLOCKED_V6: [string, number][] = [
  ["2001::", 23], // IETF protocol assignments (Teredo 2001::/32, ORCHID, …)
  ["2001:db8::", 32], // documentation
  ["2002::", 16], // 6to4
  ["3fff::", 20], // documentation
];

const blockedV4 = new BlockList();
for (const [net, prefix] of BLOCKED_V4) blockedV4.addSubnet(net, prefix, "ipv4");
const blockedV6 = new BlockList();
for (const [net, prefix] of BLOCKED_V6) blockedV6.addSubnet(net, prefix, "ipv6");
const globalUnicast = new BlockList();
globalUnicast.addSubnet("2000::", 3, "ipv6");
const nat64 = new BlockList();
nat64.addSubnet("64:ff9b::", 96, "ipv6");

/** Parses WEBHOOK_ALLOW_PRIVATE: on/1, off/0, or comma-separated CIDR ranges. */
export function parseAllowPrivate(value: string | undefined): AddressPolicy {
  const allowed = new BlockList();
  const text = (value ?? "off").trim();
  if (text === "on" || text === "1") return { allowAll: true, allowed };
  if (text === "off" || text === "0" || text === "") return { allowAll: false, allowed };
  for (const range of text.split(",")) {
    const [net = "", prefixText = ""] = range.trim().split("/");
    const family = isIP(net);
    const prefix = /^\d{1,3}$/.test(prefixText) ? Number(prefixText) : -1;
    if (!family || prefix < 0 || prefix > (family === 4 ? 32 : 128)) {
      throw new Error(`WEBHOOK_ALLOW_PRIVATE: "${range.trim()}" is not a CIDR range`);
    }
    allowed.addSubnet(net, prefix, family === 4 ? "ipv4" : "ipv6");
  }
  return { allowAll: false, allowed };
}

/** Whether an IP address is an ordinary public internet host. */
export function isPublicAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 4) return !blockedV4.check(address, "ipv4");
  if (family !== 6) return false;
  const embedded = nat64Embedded(address);
  if (embedded) return isPublicAddress(embedded);
  return globalUnicast.check(address, "ipv6") && !blockedV6.check(address, "ipv6");
}

/** Whether a webhook may connect to this IP address under the policy. */
export function isAllowedAddress(address: string, policy: AddressPolicy): boolean {
  const family = isIP(address);
  if (!family) return false;
  if (policy.allowAll || isPublicAddress(address)) return true;
  return policy.allowed.check(address, family === 4 ? "ipv4" : "ipv6");
}

const URL_MESSAGES = {
  invalid: "Enter the full https:// address of your endpoint.",
  private: "This address is private or reserved; webhooks go only to public addresses.",
  https: "Use an https:// address (plain http only reaches an allowed private address).",
} as const;

/**
 * At configuration: why an endpoint URL is refused, or null. Only https, except plain http to
 * an allowed private address (a receiver on the developer's machine or the shop's own network,
 * where there is no certificate). A host name cannot be judged before it is resolved, so
 * delivery checks the addresses it resolves to (deliver.ts); here only IP literals and
 * localhost names are.
 */
export function webhookUrlProblem(raw: string, policy: AddressPolicy): string | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return URL_MESSAGES.invalid;
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") return URL_MESSAGES.invalid;
  const address = literalAddress(url.hostname);
  if (address && !isAllowedAddress(address, policy)) return URL_MESSAGES.private;
  if (url.protocol === "http:" && !(address && !isPublicAddress(address))) return URL_MESSAGES.https;
  return null;
}

/** Why delivery must not connect to `address` for `url`, or null (the same rules, after DNS). */
export function deliveryRefusal(url: URL, address: string, policy: AddressPolicy): string | null {
  if (!isAllowedAddress(address, policy)) return "refused: the host resolves to a private or reserved address";
  if (url.protocol === "http:" && isPublicAddress(address)) return "refused: plain http to a public address";
  return null;
}

/** Resolves a host name to all its addresses (the system resolver at delivery; tests pass their own). */
export type Resolve = (hostname: string) => Promise<{ address: string; family: number }[]>;
export type Target = { address: string; family: 4 | 6 };

/** Where delivery may connect for this URL: every address its host resolves to must pass. */
export async function checkedTarget(url: URL, policy: AddressPolicy, resolve: Resolve): Promise<Target | { refused: string }> {
  const hostname = url.hostname.replace(/^\[|\]$/g, "");
  const family = isIP(hostname);
  const addresses = family ? [{ address: hostname, family }] : await resolve(hostname);
  if (addresses.length === 0) return { refused: "refused: the host has no address" };
  for (const { address } of addresses) {
    const refusal = deliveryRefusal(url, address, policy);
    if (refusal) return { refused: refusal };
  }
  const first = addresses[0]!;
  return { address: first.address, family: first.family === 6 ? 6 : 4 };
}

/** The IP a URL's host names without DNS: an IP literal, or loopback for localhost names. */
export function literalAddress(hostname: string): string | null {
  const host = hostname.replace(/^\[|\]$/g, "").replace(/\.$/, "").toLowerCase();
  if (isIP(host)) return host;
  return host === "localhost" || host.endsWith(".localhost") ? "127.0.0.1" : null;
}

/** The IPv4 address inside a NAT64 well-known-prefix address (64:ff9b::a.b.c.d), if it is one. */
function nat64Embedded(address: string): string | null {
  if (!nat64.check(address, "ipv6")) return null;
  const groups = expandV6(address);
  const high = groups[6]!;
  const low = groups[7]!;
  return [high >> 8, high & 255, low >> 8, low & 255].join(".");
}

/** The eight 16-bit groups of an IPv6 address (with an optional dotted IPv4 tail). */
function expandV6(address: string): number[] {
  let text = address.toLowerCase();
  const tail = text.slice(text.lastIndexOf(":") + 1);
  if (isIPv4(tail)) {
    const [a, b, c, d] = tail.split(".").map(Number) as [number, number, number, number];
    text = `${text.slice(0, text.lastIndexOf(":") + 1)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head = "", rest] = text.split("::");
  const left = head ? head.split(":") : [];
  const right = rest ? rest.split(":") : [];
  const zeros = rest === undefined ? [] : Array(8 - left.length - right.length).fill("0");
  return [...left, ...zeros, ...right].map((group) => parseInt(group, 16));
}
