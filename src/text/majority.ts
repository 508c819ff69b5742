/**
 * The form a text settles on among several: the preferred one if any is (a glossary's), else the
 * most frequent, ties going to the one written first. `items` are in text order.
 */
export function settledForm<T>(items: readonly T[], formOf: (item: T) => string, isPreferred: (item: T) => boolean = () => false): string {
  const preferred = items.find(isPreferred);
  if (preferred !== undefined) return formOf(preferred);
  const counts = new Map<string, number>();
  for (const item of items) counts.set(formOf(item), (counts.get(formOf(item)) ?? 0) + 1);
  let best = formOf(items[0]!);
  for (const [form, count] of counts) if (count > counts.get(best)!) best = form;
  return best;
}
