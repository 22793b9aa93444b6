package org.incidentclassifier.ingest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * An original text with the repairs made to it so far: the current text, its offset map, and the
 * repairs in original offsets. Immutable; {@link #apply} returns a new instance.
 *
 * <p>Repairs never overlap. When a later stage edits text that an earlier repair produced (a
 * non-breaking space that came out of mojibake, then became a plain space), the two become one
 * repair from the original text to the final text, so the list always reads "this original became
 * that", and applying it to the original gives the current text. The merged repair keeps the kind
 * that comes first in {@link RepairKind} (the mojibake is the more telling fact).
 */
final class RepairedText {

    private final String original;
    private final List<Repair> repairs;
    private final int[] currentStarts;
    private final String text;
    private final OffsetMap offsets;

    private RepairedText(String original, List<Repair> repairs) {
        this.original = original;
        this.repairs = List.copyOf(repairs);
        this.currentStarts = new int[repairs.size()];
        StringBuilder sb = new StringBuilder(original.length());
        int copiedUpTo = 0;
        for (int i = 0; i < repairs.size(); i++) {
            Repair r = repairs.get(i);
            sb.append(original, copiedUpTo, r.start());
            currentStarts[i] = sb.length();
            sb.append(r.replacement());
            copiedUpTo = r.end();
        }
        sb.append(original, copiedUpTo, original.length());
        this.text = sb.toString();
        this.offsets = OffsetMap.fromRepairs(original.length(), this.repairs);
    }

    /** The text before any repair. */
    static RepairedText unrepaired(String original) {
        return new RepairedText(original, List.of());
    }

    String original() {
        return original;
    }

    String text() {
        return text;
    }

    OffsetMap offsets() {
        return offsets;
    }

    /** The repairs so far, sorted by original start. */
    List<Repair> repairs() {
        return repairs;
    }

    /** Applies one stage's edits (offsets into {@link #text()}, sorted, not overlapping). */
    RepairedText apply(List<Edit> edits) {
        if (edits.isEmpty()) {
            return this;
        }
        List<Repair> merged = new ArrayList<>(repairs);
        boolean[] absorbed = new boolean[repairs.size()];
        int previousEnd = 0;
        for (Edit edit : edits) {
            if (edit.start() < previousEnd || edit.end() > text.length()) {
                throw new IllegalStateException("edits overlap or exceed the text: " + edit);
            }
            previousEnd = edit.end();
            Repair repair = toRepair(edit, absorbed);
            if (!repair.original().equals(repair.replacement())) {
                merged.add(repair);
            }
        }
        List<Repair> kept = new ArrayList<>();
        for (int i = 0; i < merged.size(); i++) {
            if (i >= repairs.size() || !absorbed[i]) {
                kept.add(merged.get(i));
            }
        }
        kept.sort(Comparator.comparingInt(Repair::start));
        return new RepairedText(original, kept);
    }

    /** Turns an edit into a repair in original offsets, absorbing earlier repairs it touches. */
    private Repair toRepair(Edit edit, boolean[] absorbed) {
        int originalStart = offsets.toOriginalStart(edit.start());
        int originalEnd = offsets.toOriginalEnd(edit.end());
        int currentStart = edit.start();
        int currentEnd = edit.end();
        RepairKind kind = edit.kind();
        for (int i = firstRepairFrom(originalStart); i < repairs.size(); i++) {
            Repair r = repairs.get(i);
            if (r.end() > originalEnd) {
                break;
            }
            absorbed[i] = true;
            currentStart = Math.min(currentStart, currentStarts[i]);
            currentEnd = Math.max(currentEnd, currentStarts[i] + r.replacement().length());
            if (r.kind().compareTo(kind) < 0) {
                kind = r.kind();
            }
        }
        String replacement = text.substring(currentStart, edit.start()) + edit.replacement()
                + text.substring(edit.end(), currentEnd);
        return new Repair(kind, originalStart, originalEnd,
                original.substring(originalStart, originalEnd), replacement);
    }

    /** Index of the first repair starting at or after the given original offset. */
    private int firstRepairFrom(int originalOffset) {
        int lo = 0;
        int hi = repairs.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (repairs.get(mid).start() < originalOffset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
