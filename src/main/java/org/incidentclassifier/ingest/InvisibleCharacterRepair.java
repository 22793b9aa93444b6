package org.incidentclassifier.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * Removes characters a reader never sees but that split or glue words for the tagger: zero-width
 * spaces and joiners, word joiners, soft hyphens, byte-order marks inside the text, terminal colour
 * escapes ({@code ESC [ 0 m}) pasted from a console, and the other control characters (tab and line
 * breaks excepted). Runs after the mojibake repairs, which read C1 controls as parts of mis-decoded
 * characters; linear in the text's length. Page and line separators (form feed, vertical tab,
 * U+2028, U+2029) become line breaks rather than vanish, so the lines they part stay apart.
 */
final class InvisibleCharacterRepair implements RepairStage {

    private static final char ESCAPE = '\u001B';

    @Override
    public List<Edit> find(String text) {
        List<Edit> edits = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            if (isLineSeparator(text.charAt(i))) {
                edits.add(new Edit(i, i + 1, "\n", RepairKind.INVISIBLE));
                i++;
                continue;
            }
            int end = invisibleRunEnd(text, i);
            if (end > i) {
                edits.add(new Edit(i, end, "", RepairKind.INVISIBLE));
                i = end;
            } else {
                i++;
            }
        }
        return edits;
    }

    /** The end of the run of invisible characters and escapes starting at {@code start}. */
    private static int invisibleRunEnd(String text, int start) {
        int i = start;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == ESCAPE) {
                i = escapeEnd(text, i);
            } else if (isInvisible(c)) {
                i++;
            } else {
                break;
            }
        }
        return i;
    }

    /** An ANSI control sequence: ESC '[' parameters, ending at a letter; a lone ESC is one character. */
    private static int escapeEnd(String text, int escape) {
        int i = escape + 1;
        if (i >= text.length() || text.charAt(i) != '[') {
            return i;
        }
        i++;
        while (i < text.length() && i - escape < 32) {
            char c = text.charAt(i);
            if (c >= '@' && c <= '~') {
                return i + 1;
            }
            if (c < 0x20 || c > 0x3F) {
                return i; // not a control sequence after all: drop only what was read
            }
            i++;
        }
        return i;
    }

    private static boolean isLineSeparator(char c) {
        return c == '\f' || c == '\u000B' || c == '\u2028' || c == '\u2029';
    }

    static boolean isInvisible(char c) {
        if (c == '\t' || c == '\n' || c == '\r' || isLineSeparator(c)) {
            return false;
        }
        return c < 0x20 || c == 0x7F || (c >= 0x80 && c <= 0x9F)
                || c == '\u00AD' // soft hyphen
                || (c >= '\u200B' && c <= '\u200D') // zero-width space, non-joiner, joiner
                || c == '\u2060' // word joiner
                || c == '\uFEFF'; // byte-order mark inside the text
    }
}
