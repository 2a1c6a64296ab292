import { visibleLine } from '../util/visible-text';

/** Where progress is drawn: a terminal (the process's stderr when it is one; a fake one in tests). */
export interface ProgressTarget {
  write(text: string): void;
  /** Width in columns: a line never wraps. @default 80 */
  readonly columns?: number;
  /** Milliseconds, for the delay and the redraw rate. @default performance.now */
  now?(): number;
}

export interface ProgressOptions {
  /** Nothing is drawn before the run is this old: short runs stay silent. @default 1000 */
  readonly delayMs?: number;
  /** At most one redraw per this many milliseconds. @default 100 */
  readonly intervalMs?: number;
}

export interface PhaseOptions {
  /** How many steps the phase has, for `k of n`. @default - none: the label alone */
  readonly total?: number;
  /** What a step is, for `stack 12 of 3,000`. @default 'step' */
  readonly unit?: string;
  /**
   * Draw the phase at once, before the delay: for one long step that cannot report as it goes (parsing a large
   * file). @default false
   */
  readonly slow?: boolean;
}

/**
 * One line on a terminal that says what a long run is doing (loading, checking, stack k of n, files written),
 * redrawn in place with a carriage return and cleared when the run prints anything else or ends. Nothing at all
 * without a target (stderr is not a terminal, or --quiet) and nothing for a run shorter than `delayMs`. No colour,
 * so NO_COLOR changes nothing here. The work is synchronous: the line is redrawn when the work reports a step.
 */
export class Progress {
  /** A Progress that never draws. */
  static readonly none = new Progress(undefined);

  private readonly start: number;
  private label = '';
  private total: number | undefined;
  private unit = 'step';
  private done = 0;
  private shown = false;
  private lastDraw = -Infinity;

  constructor(private readonly target: ProgressTarget | undefined, private readonly options: ProgressOptions = {}) {
    this.start = this.now();
  }

  /** A new phase: `label` (and `k of total` as steps are reported). */
  phase(label: string, options: PhaseOptions = {}): void {
    this.label = label;
    this.total = options.total;
    this.unit = options.unit ?? 'step';
    this.done = 0;
    this.draw(true, options.slow === true);
  }

  /** `done` steps of the phase are finished. */
  step(done: number): void {
    this.done = done;
    this.draw(false, false);
  }

  /** Removes the line (before other output on the terminal, and when the run ends). */
  clear(): void {
    if (!this.shown || !this.target) return;
    this.target.write('\r\u001b[2K');
    this.shown = false;
  }

  private draw(force: boolean, slow: boolean): void {
    if (!this.target) return;
    const now = this.now();
    if (!slow && now - this.start < (this.options.delayMs ?? 1000)) return;
    if (!force && now - this.lastDraw < (this.options.intervalMs ?? 100) && this.done !== this.total) return;
    this.lastDraw = now;
    // A pseudo-terminal without a size says 0 columns.
    const width = Math.max(20, (this.target.columns || 80) - 1);
    const line = visibleLine(`lighthouse-iac: ${this.label}${this.count()}`);
    this.target.write(`\r\u001b[2K${line.length > width ? `${line.slice(0, width - 3)}...` : line}`);
    this.shown = true;
  }

  private count(): string {
    if (this.total === undefined) return '';
    const number = (n: number) => n.toLocaleString('en-US');
    const percent = this.total === 0 ? 100 : Math.floor((100 * this.done) / this.total);
    return `: ${this.unit} ${number(Math.min(this.done, this.total))} of ${number(this.total)} (${percent}%)`;
  }

  private now(): number {
    return this.target?.now ? this.target.now() : performance.now();
  }
}
