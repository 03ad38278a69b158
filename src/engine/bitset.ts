/** Fixed-size bitsets over event ordinals: filters combine as word-wise AND/OR, not per object. */
export type Bitset = Uint32Array;

export function emptyBitset(size: number): Bitset {
  return new Uint32Array((size + 31) >>> 5);
}

export function fullBitset(size: number): Bitset {
  const bits = emptyBitset(size);
  bits.fill(0xffffffff);
  const tail = size & 31;
  if (tail !== 0) bits[bits.length - 1] = (1 << tail) - 1;
  return bits;
}

export function setBit(bits: Bitset, i: number): void {
  bits[i >>> 5]! |= 1 << (i & 31);
}

export function hasBit(bits: Bitset, i: number): boolean {
  return (bits[i >>> 5]! & (1 << (i & 31))) !== 0;
}

/** `target &= other`, in place. */
export function andInto(target: Bitset, other: Bitset): Bitset {
  for (let w = 0; w < target.length; w++) target[w]! &= other[w]!;
  return target;
}

export function popcount(bits: Bitset): number {
  let count = 0;
  for (let w = 0; w < bits.length; w++) {
    let v = bits[w]!;
    v = v - ((v >>> 1) & 0x55555555);
    v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
    count += (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
  }
  return count;
}

/** Calls `visit` for every set bit in [from, to), in ascending order. */
export function forEachBit(bits: Bitset, visit: (i: number) => void, from = 0, to = bits.length * 32): void {
  if (from >= to) return;
  const lastWord = (to - 1) >>> 5;
  for (let w = from >>> 5; w <= lastWord; w++) {
    let word = bits[w]!;
    if (w === from >>> 5) word &= ~0 << (from & 31);
    if (w === lastWord && (to & 31) !== 0) word &= (1 << (to & 31)) - 1;
    while (word !== 0) {
      const low = word & -word;
      visit((w << 5) + 31 - Math.clz32(low));
      word ^= low;
    }
  }
}

/** The set bits as a sorted array of ordinals. */
export function toOrdinals(bits: Bitset, count = popcount(bits)): Uint32Array {
  const out = new Uint32Array(count);
  let n = 0;
  forEachBit(bits, (i) => {
    out[n++] = i;
  });
  return out;
}

export function bitsetFromOrdinals(size: number, ordinals: ArrayLike<number>): Bitset {
  const bits = emptyBitset(size);
  for (let k = 0; k < ordinals.length; k++) setBit(bits, ordinals[k]!);
  return bits;
}
