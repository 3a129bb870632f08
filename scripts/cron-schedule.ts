// Five-field cron expressions (minute hour day-of-month month day-of-week, UTC, as Vercel
// reads them) with `*`, `*/n`, `a`, `a-b`, `a-b/n` and lists: enough for vercel.json's crons.
const RANGES: [number, number][] = [[0, 59], [0, 23], [1, 31], [1, 12], [0, 6]];

export function parseCron(expression: string): Set<number>[] {
  const fields = expression.trim().split(/\s+/);
  if (fields.length !== 5) throw new Error(`Cron expression needs 5 fields: "${expression}"`);
  return fields.map((field, index) => {
    const [low, high] = RANGES[index]!;
    const values = new Set<number>();
    for (const part of field.split(",")) {
      const [range = "*", stepText] = part.split("/");
      const step = stepText ? Number(stepText) : 1;
      const [from, to] = range === "*" ? [low, high] : range.includes("-") ? range.split("-").map(Number) : [Number(range), stepText ? high : Number(range)];
      if (![from, to, step].every(Number.isInteger) || step < 1 || from! < low || to! > high) throw new Error(`Bad cron field "${field}" in "${expression}"`);
      for (let value = from!; value <= to!; value += step) values.add(value);
    }
    return values;
  });
}

export function cronMatches(fields: Set<number>[], at: Date): boolean {
  const parts = [at.getUTCMinutes(), at.getUTCHours(), at.getUTCDate(), at.getUTCMonth() + 1, at.getUTCDay()];
  return parts.every((value, index) => fields[index]!.has(value));
}
