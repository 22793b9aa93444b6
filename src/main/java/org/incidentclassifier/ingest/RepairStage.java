package org.incidentclassifier.ingest;

import java.util.List;

/**
 * One step of text repair: looks at a text and says what to change. Stages do not change the text
 * themselves, so that every change is recorded with its original offsets in one place ({@link
 * RepairedText}). Implementations are stateless and thread-safe.
 */
interface RepairStage {

    /** The edits to make to {@code text}, sorted by start, not overlapping (they may touch). */
    List<Edit> find(String text);
}
