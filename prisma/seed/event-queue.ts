// A binary min-heap of timed events. Ties keep insertion order, so the simulation (and the
// ledger it writes) is the same on every run.

type Slot<T> = { at: number; seq: number; event: T };

export class EventQueue<T> {
  private readonly heap: Slot<T>[] = [];
  private seq = 0;

  get size(): number {
    return this.heap.length;
  }

  push(at: Date | number, event: T): void {
    this.heap.push({ at: typeof at === "number" ? at : at.getTime(), seq: this.seq++, event });
    let child = this.heap.length - 1;
    while (child > 0) {
      const parent = (child - 1) >> 1;
      if (!this.before(child, parent)) break;
      this.swap(child, parent);
      child = parent;
    }
  }

  pop(): { at: Date; event: T } | undefined {
    const top = this.heap[0];
    const last = this.heap.pop();
    if (!top || !last) return undefined;
    if (this.heap.length > 0) {
      this.heap[0] = last;
      let parent = 0;
      for (;;) {
        const left = parent * 2 + 1;
        const right = left + 1;
        let smallest = parent;
        if (left < this.heap.length && this.before(left, smallest)) smallest = left;
        if (right < this.heap.length && this.before(right, smallest)) smallest = right;
        if (smallest === parent) break;
        this.swap(parent, smallest);
        parent = smallest;
      }
    }
    return { at: new Date(top.at), event: top.event };
  }

  private before(a: number, b: number): boolean {
    const x = this.heap[a] as Slot<T>;
    const y = this.heap[b] as Slot<T>;
    return x.at < y.at || (x.at === y.at && x.seq < y.seq);
  }

  private swap(a: number, b: number): void {
    const x = this.heap[a] as Slot<T>;
    this.heap[a] = this.heap[b] as Slot<T>;
    this.heap[b] = x;
  }
}
