import { describeEvent, mergeTimeline, type TimelineEntry } from '../lib/inbox/timeline';
import { t } from '../lib/i18n';
import type { CaseEvent, Language, Note } from '../lib/schema';

const formatTime = (lang: Language, at: number) =>
  new Date(at).toLocaleString(lang === 'zh' ? 'zh-CN' : 'en', { dateStyle: 'medium', timeStyle: 'short' });

type Run = { kind: 'event'; entry: Extract<TimelineEntry, { kind: 'event' }> } | { kind: 'notes'; notes: Note[] };

/** Consecutive notes form one run: the seller's own words stay together between events. */
function runsOf(entries: readonly TimelineEntry[]): Run[] {
  const runs: Run[] = [];
  for (const e of entries) {
    const last = runs[runs.length - 1];
    if (e.kind === 'event') runs.push({ kind: 'event', entry: e });
    else if (last?.kind === 'notes') last.notes.push(e.note);
    else runs.push({ kind: 'notes', notes: [e.note] });
  }
  return runs;
}

/** A case's notes and events merged by time, each with its time and a plain sentence. */
export function Timeline(props: {
  notes: readonly Note[];
  events: readonly CaseEvent[];
  lang: Language;
  templateName?: (id: string) => string | undefined;
}) {
  const { lang } = props;
  const entries = mergeTimeline(props.notes, props.events);
  if (entries.length === 0) return <p class="muted">{t(lang, 'inboxTimelineEmpty')}</p>;
  return (
    <ol class="timeline" data-testid="case-timeline">
      {runsOf(entries).map((run) =>
        run.kind === 'event' ? (
          <li key={`e${run.entry.event.id ?? run.entry.at}`} class={`event event-${run.entry.event.kind}`} data-kind={run.entry.event.kind}>
            <time dateTime={new Date(run.entry.at).toISOString()}>{formatTime(lang, run.entry.at)}</time>
            {describeEvent(lang, run.entry, props.templateName)}
          </li>
        ) : (
          <li key={`n${run.notes[0]!.id ?? run.notes[0]!.createdAt}`} class="note-run" data-kind="note">
            {/* The notes' own hook (case-notes li), used by tests and the demo. */}
            <ul class="notes" data-testid="case-notes">
              {run.notes.map((n) => (
                <li key={n.id ?? n.createdAt}>
                  <time dateTime={new Date(n.createdAt).toISOString()}>{formatTime(lang, n.createdAt)}</time>
                  {n.text}
                </li>
              ))}
            </ul>
          </li>
        ),
      )}
    </ol>
  );
}
