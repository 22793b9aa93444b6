package org.incidentclassifier.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * Repairs mojibake whose C1 bytes were lost on the way, so the full form no longer decodes.
 *
 * <p>Text read as latin-1 turns bytes 0x80-0x9F into C1 controls, which cleaners then strip. The em
 * dash E2 80 94 then arrives as a lone "â", the ellipsis E2 80 A6 as "â¦"; with windows-1252 the
 * closing quote E2 80 9D loses its undefined last byte and arrives as "â€". A plain space standing
 * for a non-breaking space leaves "Â ". Each form is repaired only where it cannot be a word:
 * "pâté" is left alone.
 */
final class TruncatedMojibakeRepair implements RepairStage {

    private static final char A_CIRCUMFLEX = 'â';
    private static final char CAPITAL_A_CIRCUMFLEX = 'Â';
    private static final String EM_DASH = "\u2014";
    private static final String RIGHT_DOUBLE_QUOTE = "\u201D";

    @Override
    public List<Edit> find(String text) {
        List<Edit> edits = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            Edit edit = editAt(text, i);
            if (edit == null) {
                i++;
            } else {
                edits.add(edit);
                i = edit.end();
            }
        }
        return edits;
    }

    private static Edit editAt(String text, int i) {
        char c = text.charAt(i);
        char previous = i > 0 ? text.charAt(i - 1) : ' ';
        char next = i + 1 < text.length() ? text.charAt(i + 1) : '\n';
        if (c == A_CIRCUMFLEX) {
            if (next == '€' && !followedByContinuation(text, i + 2)) {
                return new Edit(i, i + 2, RIGHT_DOUBLE_QUOTE, RepairKind.MOJIBAKE);
            }
            String punctuation = generalPunctuation(next);
            if (punctuation != null) {
                return new Edit(i, i + 2, punctuation, RepairKind.MOJIBAKE);
            }
            if (isSpace(next) && (Character.isWhitespace(previous) || isSpace(previous)
                    || Character.isLetterOrDigit(previous))) {
                // Both C1 bytes lost; in running text between words this was a dash.
                return new Edit(i, i + 1, EM_DASH, RepairKind.MOJIBAKE);
            }
        }
        if (c == CAPITAL_A_CIRCUMFLEX && next == ' ' && !Character.isUpperCase(previous)) {
            // "Â" + non-breaking space whose second byte became a plain space.
            return new Edit(i, i + 2, " ", RepairKind.MOJIBAKE);
        }
        return null;
    }

    private static boolean followedByContinuation(String text, int at) {
        return at < text.length() && Cp1252.isContinuation(text.charAt(at));
    }

    /**
     * The General Punctuation character E2 80 xx whose middle byte was lost, leaving "â" and the
     * latin-1 character for xx (0xA1-0xBF: "¦" for "…", "¢" for "•"); null if there is none.
     */
    private static String generalPunctuation(char next) {
        if (next < '\u00A1' || next > '\u00BF') {
            return null;
        }
        int codePoint = 0x2000 | (next & 0x3F);
        int type = Character.getType(codePoint);
        boolean visible = type != Character.FORMAT && type != Character.SPACE_SEPARATOR
                && type != Character.LINE_SEPARATOR && type != Character.PARAGRAPH_SEPARATOR
                && type != Character.UNASSIGNED;
        return visible ? Character.toString(codePoint) : null;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\u00A0' || c == '\t';
    }
}
