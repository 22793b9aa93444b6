package org.incidentclassifier.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * Repairs the full forms of mojibake: UTF-8 text that was decoded as windows-1252 or latin-1
 * ("donâ€™t", "cafÃ©", "Â£5").
 *
 * <p>Finds each maximal run of characters that stand for bytes 0x80-0xFF, turns the run back into
 * those bytes, and decodes every stretch of them that forms valid, plausible multi-byte UTF-8. A
 * lone accented letter ("Zürich", "café", "naïve") never forms such a sequence, because UTF-8 needs
 * a lead byte followed by continuation bytes, which are symbols (0x80-0xBF), never letters.
 */
final class MojibakeRepair implements RepairStage {

    private static final String BYTE_ORDER_MARK = "\uFEFF";

    @Override
    public List<Edit> find(String text) {
        List<Edit> edits = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            if (Cp1252.highByteOf(text.charAt(i)) < 0) {
                i++;
                continue;
            }
            int runStart = i;
            while (i < text.length() && Cp1252.highByteOf(text.charAt(i)) >= 0) {
                i++;
            }
            decodeRun(text, runStart, i, edits);
        }
        return edits;
    }

    private static void decodeRun(String text, int runStart, int runEnd, List<Edit> edits) {
        int length = runEnd - runStart;
        if (length < 2) {
            return;
        }
        int[] bytes = new int[length];
        for (int k = 0; k < length; k++) {
            bytes[k] = Cp1252.highByteOf(text.charAt(runStart + k));
        }
        int stretchStart = -1;
        StringBuilder decoded = new StringBuilder();
        int k = 0;
        while (k < length) {
            String character = Utf8Sequence.decodeAt(bytes, k, length);
            if (character == null) {
                flush(runStart, stretchStart, k, decoded, edits);
                stretchStart = -1;
                k++;
                continue;
            }
            if (stretchStart < 0) {
                stretchStart = k;
                decoded.setLength(0);
            }
            // A mis-decoded byte-order mark ("ï»¿") was never meant as text.
            decoded.append(character.equals(BYTE_ORDER_MARK) ? "" : character);
            k += Utf8Sequence.lengthFromLead(bytes[k]);
        }
        flush(runStart, stretchStart, k, decoded, edits);
    }

    private static void flush(int runStart, int stretchStart, int stretchEnd, StringBuilder decoded,
                              List<Edit> edits) {
        if (stretchStart >= 0) {
            edits.add(new Edit(runStart + stretchStart, runStart + stretchEnd, decoded.toString(),
                    RepairKind.MOJIBAKE));
        }
    }
}
