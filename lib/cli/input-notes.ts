import { formatLocation } from '../model/location';
import { Plan } from '../model/plan';
import { visibleText } from '../util/visible-text';
import { CliIo, noticeOf } from './io';

/**
 * The input's notes (Plan.notes: what it cannot show, and how to get a complete one) on stderr, one `note:` line
 * and its fix each, so that stdout stays what the command prints (a report, YAML, JSON) and parses as it is (under
 * cdktf, the notices channel: cdktf labels every stderr line an error).
 */
export function printInputNotes(plan: Plan, io: CliIo): void {
  for (const note of plan.notes ?? []) {
    const where = note.location ? `${formatLocation(note.location)} ` : '';
    noticeOf(io)(`note: ${where}${visibleText(note.message)}\n  fix: ${visibleText(note.fix)}\n`);
  }
}
