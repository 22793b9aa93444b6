package org.incidentclassifier.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Maps offsets in a repaired text back to offsets in the original (decoded) text. Immutable and
 * thread-safe.
 *
 * <p>The repaired text is a sequence of segments: stretches copied unchanged from the original, and
 * the replacements of repairs. A span of the repaired text that lies in copied stretches maps to the
 * identical original slice. A span that touches a replacement maps to an original slice covering the
 * whole repaired region, because a replacement has no finer correspondence (the "—" that replaced
 * "â" maps to all of "â"). Offsets are UTF-16 indices, as in {@link String}.
 *
 * <p>Empty spans at the very start or end of the text map to empty original spans; use {@link
 * #toOriginalStart} for both ends of an empty span elsewhere.
 */
public final class OffsetMap {

    private final int originalLength;
    private final int repairedLength;
    // One entry per non-empty segment of the repaired text, in order. Deleted original text has no
    // segment of its own: it shows only as a gap between the original ranges of its neighbours.
    private final int[] repairedStarts;
    private final int[] originalStarts;
    private final int[] originalEnds;
    private final boolean[] copied;

    private OffsetMap(int originalLength, int repairedLength, List<int[]> segments) {
        this.originalLength = originalLength;
        this.repairedLength = repairedLength;
        int n = segments.size();
        repairedStarts = new int[n];
        originalStarts = new int[n];
        originalEnds = new int[n];
        copied = new boolean[n];
        for (int i = 0; i < n; i++) {
            int[] s = segments.get(i);
            repairedStarts[i] = s[0];
            originalStarts[i] = s[1];
            originalEnds[i] = s[2];
            copied[i] = s[3] == 1;
        }
    }

    /** The map of a text that was not changed: every offset maps to itself. */
    public static OffsetMap identity(int length) {
        if (length < 0) {
            throw new IllegalArgumentException("length must be >= 0, got " + length);
        }
        return fromRepairs(length, List.of());
    }

    /**
     * Builds the map of an original text of the given length after the given repairs, which must be
     * sorted by start and must not overlap. {@link RepairKind#ENCODING} markers are ignored.
     */
    static OffsetMap fromRepairs(int originalLength, List<Repair> repairs) {
        List<int[]> segments = new ArrayList<>();
        int repaired = 0;
        int original = 0;
        for (Repair r : repairs) {
            if (!r.changesText()) {
                continue;
            }
            if (r.start() < original || r.end() > originalLength) {
                throw new IllegalArgumentException("repairs overlap or exceed the text: " + r);
            }
            if (r.start() > original) {
                segments.add(new int[] {repaired, original, r.start(), 1});
                repaired += r.start() - original;
            }
            if (!r.replacement().isEmpty()) {
                segments.add(new int[] {repaired, r.start(), r.end(), 0});
                repaired += r.replacement().length();
            }
            original = r.end();
        }
        if (original < originalLength) {
            segments.add(new int[] {repaired, original, originalLength, 1});
            repaired += originalLength - original;
        }
        return new OffsetMap(originalLength, repaired, segments);
    }

    /** Length of the original text. */
    public int originalLength() {
        return originalLength;
    }

    /** Length of the repaired text. */
    public int repairedLength() {
        return repairedLength;
    }

    /** Maps the start of a span in the repaired text (inclusive) to an original offset. */
    public int toOriginalStart(int repairedOffset) {
        check(repairedOffset);
        if (repairedOffset == repairedLength) {
            return repairedLength == 0 ? 0 : toOriginalEnd(repairedOffset);
        }
        int i = segmentOf(repairedOffset);
        return copied[i] ? originalStarts[i] + repairedOffset - repairedStarts[i] : originalStarts[i];
    }

    /** Maps the end of a span in the repaired text (exclusive) to an original offset (exclusive). */
    public int toOriginalEnd(int repairedEndExclusive) {
        check(repairedEndExclusive);
        if (repairedEndExclusive == 0) {
            return repairedLength == 0 ? 0 : toOriginalStart(0);
        }
        // The segment holding the span's last character decides.
        int i = segmentOf(repairedEndExclusive - 1);
        return copied[i] ? originalStarts[i] + repairedEndExclusive - repairedStarts[i] : originalEnds[i];
    }

    private int segmentOf(int repairedCharIndex) {
        int i = Arrays.binarySearch(repairedStarts, repairedCharIndex);
        return i >= 0 ? i : -i - 2;
    }

    private void check(int offset) {
        if (offset < 0 || offset > repairedLength) {
            throw new IndexOutOfBoundsException(
                    "offset " + offset + " is outside the repaired text [0, " + repairedLength + "]");
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OffsetMap m
                && originalLength == m.originalLength
                && repairedLength == m.repairedLength
                && Arrays.equals(repairedStarts, m.repairedStarts)
                && Arrays.equals(originalStarts, m.originalStarts)
                && Arrays.equals(originalEnds, m.originalEnds)
                && Arrays.equals(copied, m.copied);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * originalLength + repairedLength) + Arrays.hashCode(originalStarts);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("OffsetMap[original=").append(originalLength)
                .append(", repaired=").append(repairedLength).append(", segments=");
        for (int i = 0; i < repairedStarts.length; i++) {
            sb.append(i == 0 ? "" : " ").append(repairedStarts[i]).append(copied[i] ? "=" : "~")
                    .append('[').append(originalStarts[i]).append(',').append(originalEnds[i]).append(')');
        }
        return sb.append(']').toString();
    }
}
