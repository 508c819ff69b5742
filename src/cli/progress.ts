/**
 * A progress bar on stderr for long runs: drawn only on a terminal, not with --quiet, and only once
 * a run has taken a second, so short runs print nothing. Work is counted in characters of article
 * text, so one large file moves the bar as its rules finish.
 */
export class Progress {
  private done = 0;
  private files = 0;
  private drawnAt = 0;
  private readonly started = Date.now();

  constructor(
    private readonly total: number,
    private readonly fileCount: number,
    private readonly stream: NodeJS.WriteStream | undefined,
  ) {}

  /** A bar on `process.stderr` when it is a terminal and the run is not --quiet; else one that draws nothing. */
  static forRun(total: number, fileCount: number, quiet: boolean): Progress {
    return new Progress(total, fileCount, !quiet && process.stderr.isTTY ? process.stderr : undefined);
  }

  /** A file of `size` characters is checked. */
  fileDone(size: number): void {
    this.done += size;
    this.files++;
    this.draw(0);
  }

  /** Part of the file being checked (`size` characters) is done: `fraction` of its rules. */
  partly(size: number, fraction: number): void {
    this.draw(size * fraction);
  }

  finish(): void {
    if (this.drawnAt > 0) this.stream?.write('\r\u001b[2K');
  }

  private draw(extra: number): void {
    if (!this.stream) return;
    const now = Date.now();
    if (now - this.started < 1000 || now - this.drawnAt < 100) return;
    this.drawnAt = now;
    const share = this.total > 0 ? Math.min(1, (this.done + extra) / this.total) : 1;
    const width = 30;
    const filled = Math.round(share * width);
    const seconds = ((now - this.started) / 1000).toFixed(0);
    this.stream.write(`\r\u001b[2K[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${Math.floor(share * 100)}%  ${this.files}/${this.fileCount} files  ${seconds} s`);
  }
}
