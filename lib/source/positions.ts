/**
 * Where every key and value of a parsed file starts, kept apart from the data and compact: one flat array of
 * numbers for the whole file, instead of the parser's syntax tree (several times the size of the text). The
 * YAML reader and the JSON reader fill it while they read; SourceDocument answers `locate` from it.
 *
 * Layout of `cells`: a collection with n entries is a block `[n, keyBase, (keyOffset, valueOffset, child) x n]`
 * starting at its id; `keyBase` indexes `keys` (the entries' key texts, in file order) or is -1 for a list;
 * `child` is the id of the entry's own collection, or -1 for a scalar. An offset is -1 where the file has no
 * node (a mapping entry without a key or value).
 */
export class PositionIndex {
  private readonly cells: number[] = [];
  private readonly keys: string[] = [];
  /** Per large mapping (by id): key -> entry, built on its first lookup so that locating N entries stays O(N). */
  private readonly large = new Map<number, Map<string, number>>();
  private rootOffset = 0;
  private rootId = -1;

  /** Starts a collection of `count` entries (`isMap`: a mapping, else a list); returns its id. */
  open(count: number, isMap: boolean): number {
    const id = this.cells.length;
    this.cells.push(count, isMap ? this.keys.length : -1);
    for (let i = 0; i < count; i++) this.cells.push(-1, -1, -1);
    if (isMap) for (let i = 0; i < count; i++) this.keys.push('');
    return id;
  }

  /** Records entry `index` of collection `id`: its key text (mappings), offsets and nested collection. */
  entry(id: number, index: number, key: string | undefined, keyOffset: number, valueOffset: number, child: number): void {
    const at = id + 2 + 3 * index;
    this.cells[at] = keyOffset;
    this.cells[at + 1] = valueOffset;
    this.cells[at + 2] = child;
    const keyBase = this.cells[id + 1];
    if (keyBase >= 0 && key !== undefined) this.keys[keyBase + index] = key;
  }

  /** Where the document's value starts, and its collection (-1 for a scalar). */
  root(offset: number, id: number): void {
    this.rootOffset = offset;
    this.rootId = id;
  }

  /**
   * The offset of the value at `path` (of its key when `key` is set), or of the deepest existing ancestor when the
   * path does not exist: what SourceDocument.locate reports.
   */
  offsetOf(path: ReadonlyArray<string | number>, key = false): number {
    let offset = this.rootOffset;
    let id = this.rootId;
    for (let i = 0; i < path.length && id >= 0; i++) {
      const index = this.indexIn(id, path[i]);
      if (index < 0) break;
      const at = id + 2 + 3 * index;
      const found = key && i === path.length - 1 ? this.cells[at] : this.cells[at + 1];
      if (found < 0) break;
      offset = found;
      id = this.cells[at + 2];
    }
    return offset;
  }

  private indexIn(id: number, segment: string | number): number {
    const count = this.cells[id];
    const keyBase = this.cells[id + 1];
    if (keyBase < 0) return typeof segment === 'number' && Number.isInteger(segment) && segment >= 0 && segment < count ? segment : -1;
    const key = String(segment);
    if (count <= 16) {
      for (let i = 0; i < count; i++) if (this.keys[keyBase + i] === key) return i;
      return -1;
    }
    let index = this.large.get(id);
    if (!index) {
      index = new Map();
      for (let i = 0; i < count; i++) if (!index.has(this.keys[keyBase + i])) index.set(this.keys[keyBase + i], i);
      this.large.set(id, index);
    }
    return index.get(key) ?? -1;
  }
}

/** Line starts of a text (line breaks normalized to `\n`), for offset -> 1-based line and column. */
export class LineIndex {
  /** From the offsets of the line starts, ascending, the first 0. */
  constructor(private readonly starts: readonly number[]) {}

  static of(text: string): LineIndex {
    const starts = [0];
    for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) starts.push(at + 1);
    return new LineIndex(starts);
  }

  position(offset: number): { line: number; column: number } {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (this.starts[middle] <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - this.starts[low] + 1 };
  }
}
