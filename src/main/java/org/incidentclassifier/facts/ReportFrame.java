package org.incidentclassifier.facts;

import java.util.List;

/**
 * What kind of text a report is, as its cue words show: one fact per document and frame kind found.
 * {@code cues}: how many distinct cue phrases of this frame the report has (a phrase named again counts once); {@code lead}: one of them stands in the
 * headline or the first two sentences after it (where a text says what it is); {@code sentences}: the
 * 0-based sentences holding a cue; {@code evidence}: the first cue. For {@link FrameKind#NEW_EVENT} only
 * sentences with no cue of another frame count ("practised on Thursday" dates the exercise, not an attack).
 * {@code daysBeforeReport}: how far the event the frame's sentences tell lies before the report's date, in days
 * (the nearest date those sentences name, on or before the report's date); null when the report has no date or
 * those sentences name none. A "new event" told of an event years back is history, not news.
 */
public record ReportFrame(String document, FrameKind kind, int cues, boolean lead, List<Integer> sentences,
                          Evidence evidence, Integer daysBeforeReport) implements Evidenced {
    public ReportFrame {
        sentences = List.copyOf(sentences);
    }
}
