package org.incidentclassifier.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * Joins lines broken inside a sentence and normalises line endings to {@code \n}.
 *
 * <p>A single line break is joined with one space when the line before does not end a sentence
 * (. ! ? : ; … possibly followed by closing quotes or brackets) and the next line continues the
 * clause: it starts with a lowercase letter, or with a digit after a lowercase word or a comma
 * ("killed\n35 hostages"). Headlines, bylines and titles (a line without punctuation followed by a
 * capitalised line) and blank lines are kept. The join swallows spaces around the break.
 * {@code \r\n} and a lone {@code \r} that are kept become {@code \n}.
 */
final class LineBreakRepair implements RepairStage {

    private static final String SENTENCE_ENDS = ".!?:;…";
    private static final String CLOSERS = "\"'”’»)]";

    @Override
    public List<Edit> find(String text) {
        List<Edit> edits = new ArrayList<>();
        int lineStart = 0;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c != '\n' && c != '\r') {
                i++;
                continue;
            }
            int breakEnd = c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n' ? i + 2 : i + 1;
            int before = trimBack(text, lineStart, i);
            int after = trimForward(text, breakEnd);
            if (joins(text, lineStart, before, after)) {
                edits.add(new Edit(before, after, " ", RepairKind.BROKEN_LINE));
            } else if (c == '\r') {
                edits.add(new Edit(i, breakEnd, "\n", RepairKind.WHITESPACE));
            }
            i = breakEnd;
            lineStart = breakEnd;
        }
        return edits;
    }

    /**
     * Whether the break between the line ending (content) at {@code before} and the next line's
     * content at {@code after} is inside a sentence.
     */
    private static boolean joins(String text, int lineStart, int before, int after) {
        boolean blankBefore = before == lineStart;
        boolean blankAfter = after >= text.length() || text.charAt(after) == '\n' || text.charAt(after) == '\r';
        if (blankBefore || blankAfter || endsSentence(text, lineStart, before)) {
            return false;
        }
        int next = text.codePointAt(after);
        if (Character.isLowerCase(next)) {
            return true;
        }
        return Character.isDigit(next)
                && (text.charAt(before - 1) == ',' || lastWordIsLowercase(text, lineStart, before));
    }

    private static boolean endsSentence(String text, int lineStart, int end) {
        int j = end - 1;
        while (j >= lineStart && CLOSERS.indexOf(text.charAt(j)) >= 0) {
            j--;
        }
        return j >= lineStart && SENTENCE_ENDS.indexOf(text.charAt(j)) >= 0;
    }

    private static boolean lastWordIsLowercase(String text, int lineStart, int end) {
        int j = end;
        while (j > lineStart && !Character.isWhitespace(text.charAt(j - 1))) {
            j--;
        }
        for (int k = j; k < end; k++) {
            if (Character.isLetter(text.charAt(k))) {
                return Character.isLowerCase(text.charAt(k));
            }
        }
        return false;
    }

    private static int trimBack(String text, int lineStart, int end) {
        int j = end;
        while (j > lineStart && isHorizontalSpace(text.charAt(j - 1))) {
            j--;
        }
        return j;
    }

    private static int trimForward(String text, int start) {
        int j = start;
        while (j < text.length() && isHorizontalSpace(text.charAt(j))) {
            j++;
        }
        return j;
    }

    static boolean isHorizontalSpace(char c) {
        return c == ' ' || c == '\t' || c == '\u00A0';
    }
}
