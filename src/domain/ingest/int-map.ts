// A compact map from non-negative integers (org numbers fit) to integers (line numbers): open
// addressing over two typed arrays, so a million entries take 16 MB outside the JavaScript heap instead
// of an object per entry on it.

export class IntMap {
  private keys: Int32Array;
  private values: Int32Array;
  private count = 0;

  constructor(capacity = 1 << 16) {
    this.keys = new Int32Array(capacity);
    this.values = new Int32Array(capacity);
  }

  get size(): number {
    return this.count;
  }

  /** The slot of `key` (stored as key + 1, so 0 marks an empty slot). */
  private slot(stored: number, keys: Int32Array): number {
    const mask = keys.length - 1;
    let i = (Math.imul(stored, 0x9e3779b1) >>> 0) & mask;
    while (keys[i] !== 0 && keys[i] !== stored) i = (i + 1) & mask;
    return i;
  }

  get(key: number): number | undefined {
    const i = this.slot(key + 1, this.keys);
    return this.keys[i] === 0 ? undefined : this.values[i];
  }

  set(key: number, value: number): void {
    // Filled up to three quarters: a million org numbers take 16 MB (at half, 32 MB, and 48 MB while
    // growing), for a probe or two more on a miss.
    if ((this.count + 1) * 4 > this.keys.length * 3) this.grow();
    const stored = key + 1;
    const i = this.slot(stored, this.keys);
    if (this.keys[i] === 0) this.count++;
    this.keys[i] = stored;
    this.values[i] = value;
  }

  private grow(): void {
    const oldKeys = this.keys;
    const oldValues = this.values;
    this.keys = new Int32Array(oldKeys.length * 2);
    this.values = new Int32Array(oldKeys.length * 2);
    for (let j = 0; j < oldKeys.length; j++) {
      const stored = oldKeys[j] as number;
      if (stored === 0) continue;
      const i = this.slot(stored, this.keys);
      this.keys[i] = stored;
      this.values[i] = oldValues[j] as number;
    }
  }
}
