/** The first index below `length` where `isPast` turns true (it stays true after), or `length`. */
export function firstIndex(length: number, isPast: (i: number) => boolean): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (isPast(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
