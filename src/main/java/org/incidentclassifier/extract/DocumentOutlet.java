package org.incidentclassifier.extract;

import org.incidentclassifier.facts.Source;
import org.incidentclassifier.lexicon.Lexicons;
import org.incidentclassifier.lexicon.NameIndex;
import org.incidentclassifier.lexicon.OutletEntry;

/**
 * The outlet a report comes from, from its dateline ("NIAMEY, Niger (AP) -", "Kandi (Reuters):") or byline
 * ("By Anna Berg, The Morning Courier"), among the outlets of outlets.csv. A figure the report gives with no
 * attribution is the outlet's own.
 */
final class DocumentOutlet {
    /** Datelines and bylines stand at the top of a report. */
    private static final int HEAD = 400;
    /** A byline's outlet follows "By" and the writer's name closely. */
    private static final int BYLINE = 60;

    private DocumentOutlet() {
    }

    /** The outlet as a source, or null when the head of the report names none in a dateline or byline. */
    static Source of(String text, Lexicons lexicons) {
        String head = text.substring(0, Math.min(text.length(), HEAD));
        int by = byline(head);
        for (NameIndex.Match<OutletEntry> m : lexicons.outlets().find(head)) {
            boolean dateline = m.start() > 0 && head.charAt(m.start() - 1) == '(';
            boolean bylined = by >= 0 && m.start() > by && m.start() - by < BYLINE;
            if (dateline || bylined) {
                return new Source(m.value().name(), m.value().kind(), null);
            }
        }
        return null;
    }

    /** Where "By " opens a byline (capital B, at a line or sentence start), or -1. */
    private static int byline(String head) {
        for (int i = head.indexOf("By "); i >= 0; i = head.indexOf("By ", i + 1)) {
            if (i == 0 || !Character.isLetter(head.charAt(i - 1))) {
                return i;
            }
        }
        return -1;
    }
}
