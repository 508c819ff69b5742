import { HashFilter } from './hash-filter.js';

/**
 * Ids 0, 1, 2… chained by a hash: a table of the last id filed in each slot, each id
 * linked to the one filed before it in the same slot. The table doubles as ids are filed. A
 * filter of the hashes answers most look-ups of a hash never filed without a walk of the table
 * and its columns, which for a large glossary miss the processor's caches.
 */
export class HashChains {
  private readonly hashes = new IntColumn();
  /** The id filed before each in the same slot, or -1. */
  private readonly previous = new IntColumn();
  private heads = new Int32Array(1024).fill(-1);
  private filter = new HashFilter(2048);

  /** Files the next id under `hash`. */
  push(hash: number): void {
    const id = this.hashes.length;
    this.hashes.push(hash);
    if (id >= this.heads.length * 2) this.rechain(this.heads.length * 2);
    this.previous.push(this.link(id, hash));
    this.filter.add(hash);
  }

  has(hash: number): boolean {
    if (!this.filter.mayHave(hash)) return false;
    for (let id = this.heads[hash & (this.heads.length - 1)]!; id >= 0; id = this.previous.at(id)) if (this.hashes.at(id) === hash) return true;
    return false;
  }

  /** Calls `visit` with each id filed under `hash`, the last filed first. */
  forEach(hash: number, visit: (id: number) => void): void {
    if (!this.filter.mayHave(hash)) return;
    for (let id = this.heads[hash & (this.heads.length - 1)]!; id >= 0; id = this.previous.at(id)) if (this.hashes.at(id) === hash) visit(id);
  }

  /** Makes `id` the head of its slot; returns the id it displaced. */
  private link(id: number, hash: number): number {
    const slot = hash & (this.heads.length - 1);
    const before = this.heads[slot]!;
    this.heads[slot] = id;
    return before;
  }

  /** Spreads the chains over a table of `size` slots. */
  private rechain(size: number): void {
    this.heads = new Int32Array(size).fill(-1);
    this.filter = new HashFilter(size * 2);
    for (let id = 0; id < this.previous.length; id++) {
      this.previous.set(id, this.link(id, this.hashes.at(id)));
      this.filter.add(this.hashes.at(id));
    }
  }
}

/** A column of 32-bit integers that grows as it is pushed to: no boxed number and nothing for the collector to walk. */
export class IntColumn {
  private data = new Int32Array(1024);
  length = 0;

  push(value: number): void {
    if (this.length === this.data.length) {
      const grown = new Int32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length++] = value;
  }

  at(index: number): number {
    return this.data[index]!;
  }

  set(index: number, value: number): void {
    this.data[index] = value;
  }
}
