/**
 * Says on the test log that tests are skipped because something outside the repository is absent (../shared, a
 * browser, root rights for a mount): one plain line on stderr, without the code frame jest prints around console
 * output (which, with transpile-only source maps, can point at an unrelated line). Call it only when skipping.
 */
export function skipNotice(what: string): void {
  process.stderr.write(`skipping ${what}\n`);
}
