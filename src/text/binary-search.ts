/** The first index from `from` below `length` where `isPast` turns true (it stays true after), or `length`. */
export function firstIndex(length: number, isPast: (i: number) => boolean, from = 0): number {
  let lo = from;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (isPast(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
