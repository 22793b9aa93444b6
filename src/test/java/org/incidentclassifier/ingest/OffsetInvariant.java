package org.incidentclassifier.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks the contract between a document's original text, repaired text, repairs and offset map.
 * Shared by the seed tests and the randomized tests.
 */
final class OffsetInvariant {

    private static final Pattern TOKENS = Pattern.compile("\\S+|\\p{L}+|\\p{N}+|[^\\s\\p{L}\\p{N}]");

    private OffsetInvariant() {
    }

    /** Runs every check on the document: repairs, reconstruction, token spans, random spans. */
    static void check(InputDocument doc) {
        checkRepairs(doc);
        checkMonotonic(doc);
        Matcher m = TOKENS.matcher(doc.text());
        while (m.find()) {
            checkSpan(doc, m.start(), m.end());
        }
        Random random = new Random(7);
        int length = doc.text().length();
        for (int i = 0; i < 2000 && length > 0; i++) {
            int s = random.nextInt(length);
            int e = s + 1 + random.nextInt(Math.min(120, length - s));
            checkSpan(doc, s, e);
        }
    }

    /** Repairs quote the original, do not overlap, and rebuild the repaired text from the original. */
    static void checkRepairs(InputDocument doc) {
        String original = doc.originalText();
        StringBuilder rebuilt = new StringBuilder();
        int copied = 0;
        for (Repair r : doc.repairs()) {
            if (r.kind() == RepairKind.ENCODING) {
                continue;
            }
            assertThat(r.start()).as("repairs sorted and apart: %s", r).isGreaterThanOrEqualTo(copied);
            assertThat(original.substring(r.start(), r.end())).isEqualTo(r.original());
            assertThat(r.replacement()).as("a repair changes something").isNotEqualTo(r.original());
            rebuilt.append(original, copied, r.start()).append(r.replacement());
            copied = r.end();
        }
        rebuilt.append(original, copied, original.length());
        assertThat(rebuilt.toString()).isEqualTo(doc.text());
        assertThat(doc.offsets().originalLength()).isEqualTo(original.length());
        assertThat(doc.offsets().repairedLength()).isEqualTo(doc.text().length());
    }

    private static void checkMonotonic(InputDocument doc) {
        int previousStart = 0;
        int previousEnd = 0;
        for (int p = 0; p <= doc.text().length(); p++) {
            int start = doc.offsets().toOriginalStart(p);
            int end = doc.offsets().toOriginalEnd(p);
            assertThat(start).as("start of %d", p).isGreaterThanOrEqualTo(previousStart);
            assertThat(end).as("end of %d", p).isGreaterThanOrEqualTo(previousEnd);
            previousStart = start;
            previousEnd = end;
        }
    }

    /**
     * A span that touches no repair maps to the identical original slice; a span that touches
     * repairs maps to a slice covering their whole original regions, which those repairs turn into
     * the span widened to their whole repaired regions.
     */
    static void checkSpan(InputDocument doc, int s, int e) {
        int os = doc.offsets().toOriginalStart(s);
        int oe = doc.offsets().toOriginalEnd(e);
        String originalSlice = doc.originalText().substring(os, oe);
        List<Repair> touched = new ArrayList<>();
        int widenedStart = s;
        int widenedEnd = e;
        int delta = 0;
        for (Repair r : doc.repairs()) {
            if (r.kind() == RepairKind.ENCODING) {
                continue;
            }
            int cs = r.start() + delta;
            int ce = cs + r.replacement().length();
            delta += r.replacement().length() - r.original().length();
            boolean overlaps = cs < ce ? cs < e && s < ce : s < cs && cs < e;
            if (overlaps) {
                touched.add(r);
                widenedStart = Math.min(widenedStart, cs);
                widenedEnd = Math.max(widenedEnd, ce);
            }
        }
        if (touched.isEmpty()) {
            assertThat(originalSlice).as("span [%d,%d) of %s", s, e, doc.id())
                    .isEqualTo(doc.text().substring(s, e));
            return;
        }
        StringBuilder repaired = new StringBuilder();
        int copied = os;
        for (Repair r : touched) {
            assertThat(r.start()).as("span [%d,%d) covers %s", s, e, r).isGreaterThanOrEqualTo(os);
            assertThat(r.end()).as("span [%d,%d) covers %s", s, e, r).isLessThanOrEqualTo(oe);
            repaired.append(doc.originalText(), copied, r.start()).append(r.replacement());
            copied = r.end();
        }
        repaired.append(doc.originalText(), copied, oe);
        assertThat(repaired.toString()).as("span [%d,%d) of %s", s, e, doc.id())
                .isEqualTo(doc.text().substring(widenedStart, widenedEnd));
    }
}
