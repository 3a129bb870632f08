// A reward's active window is typed by the owner as wall-clock time in the business's zone
// ("from 1 March 09:00 in Manila"), as a datetime-local input gives it; the database stores
// instants. Pure, so the form and the server agree.
import { localParts } from "@/lib/loyalty/rules/local-time";

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/** The zone's offset from UTC at `at`, to the minute (Manila: +8 h). */
function offsetMinutes(at: number, timeZone: string): number {
  const local = localParts(new Date(at), timeZone);
  const asUtc = Date.UTC(local.year, local.month - 1, local.day) + local.minuteOfDay * 60_000;
  return Math.round((asUtc - Math.floor(at / 60_000) * 60_000) / 60_000);
}

/**
 * "2026-03-01T09:00" in `timeZone` → the instant. Two passes settle the offset across a DST
 * change; a time skipped by spring-forward lands just after the gap. Null when malformed.
 */
export function localInputToInstant(value: string, timeZone: string): Date | null {
  const match = LOCAL.exec(value);
  if (!match) return null;
  const [year, month, day, hour, minute] = match.slice(1).map(Number) as [number, number, number, number, number];
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59) return null;
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  const check = new Date(wall);
  if (check.getUTCDate() !== day) return null;
  let instant = wall - offsetMinutes(wall, timeZone) * 60_000;
  instant = wall - offsetMinutes(instant, timeZone) * 60_000;
  return new Date(instant);
}

/** The instant as "YYYY-MM-DDTHH:mm" on the zone's wall clock, for a datetime-local input. */
export function instantToLocalInput(at: Date, timeZone: string): string {
  const local = localParts(at, timeZone);
  const pad = (value: number) => String(value).padStart(2, "0");
  return `${local.year}-${pad(local.month)}-${pad(local.day)}T${pad(Math.floor(local.minuteOfDay / 60))}:${pad(local.minuteOfDay % 60)}`;
}
