// Shared Intl formatters, one per language and options. Creating one is expensive in CPU
// (~20–60 µs each) and in memory outside the JavaScript heap: ICU allocates it with malloc,
// the garbage collector does not see that size, and the allocator keeps the pages after it is
// freed. A portal page that built a formatter per date and amount it showed grew the server's
// resident memory by hundreds of MB a minute under load (README, bench:load). Formatters are
// immutable, so sharing them is safe on the server and in the browser.
const MAX_ENTRIES = 500;
const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();
const numberFormats = new Map<string, Intl.NumberFormat>();

function cached<F>(cache: Map<string, F>, locale: string | string[] | undefined, options: object, create: () => F): F {
  const key = `${String(locale)}|${JSON.stringify(options)}`;
  let formatter = cache.get(key);
  if (!formatter) {
    // A bound, not a leak: options come from code, so the keys are few; a flood of unusual
    // languages only costs re-creating them.
    if (cache.size >= MAX_ENTRIES) cache.clear();
    formatter = create();
    cache.set(key, formatter);
  }
  return formatter;
}

export function dateTimeFormat(locale: string | string[] | undefined, options: Intl.DateTimeFormatOptions = {}): Intl.DateTimeFormat {
  return cached(dateTimeFormats, locale, options, () => new Intl.DateTimeFormat(locale, options));
}

export function numberFormat(locale: string | string[] | undefined, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  return cached(numberFormats, locale, options, () => new Intl.NumberFormat(locale, options));
}
