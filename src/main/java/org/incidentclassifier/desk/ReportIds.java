package org.incidentclassifier.desk;

import java.util.HashSet;
import java.util.Set;

/**
 * The desk's report ids and arrival numbers: an id is never reused, even after a withdrawal, and one being analysed
 * is held so that a second report with the same id is refused at once. Not thread-safe: the desk calls it under
 * its lock.
 */
final class ReportIds {
    private final Set<String> used = new HashSet<>();
    /** Ids handed to reports being analysed, not yet committed. */
    private final Set<String> reserved = new HashSet<>();
    private long lastSeq;

    /** A report read back from the store: its id and arrival number are taken. */
    void taken(DeskReport report) {
        used.add(report.id());
        lastSeq = Math.max(lastSeq, report.seq());
    }

    /** The report as the desk will keep it, with the next arrival number and its id (the sender's or {@code report-N}). */
    DeskReport reserve(Desk.ReportInput input) {
        if (input.id() != null && (used.contains(input.id()) || reserved.contains(input.id()))) {
            throw Problem.conflict("duplicate-report", "the desk already has (or had) a report with id \""
                    + input.id() + "\"; ids are never reused");
        }
        long seq = ++lastSeq;
        String id = input.id() == null ? nextFree(seq) : input.id();
        reserved.add(id);
        return new DeskReport(seq, id, input.text(), input.date(), input.source(), input.url(), null, false);
    }

    /** The report's analysis ended (committed or refused): its id is no longer held. */
    void release(String id) {
        reserved.remove(id);
    }

    /** The report was committed: its id is never handed out again. */
    void commit(String id) {
        used.add(id);
    }

    boolean everUsed(String id) {
        return used.contains(id);
    }

    private String nextFree(long seq) {
        String id = "report-" + seq;
        for (int n = 2; used.contains(id); n++) {
            id = "report-" + seq + "-" + n;
        }
        return id;
    }
}
