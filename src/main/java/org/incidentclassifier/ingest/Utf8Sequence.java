package org.incidentclassifier.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Recognises single multi-byte UTF-8 sequences that are plausible in text. */
final class Utf8Sequence {

    private Utf8Sequence() {
    }

    /** Number of bytes a sequence starting with this lead byte has, or 0 if it cannot lead one. */
    static int lengthFromLead(int lead) {
        if (lead >= 0xC2 && lead <= 0xDF) {
            return 2;
        }
        if (lead >= 0xE0 && lead <= 0xEF) {
            return 3;
        }
        if (lead >= 0xF0 && lead <= 0xF4) {
            return 4;
        }
        return 0;
    }

    /**
     * Decodes the sequence starting at {@code bytes[at]} if it is valid UTF-8 and decodes to a
     * character that real text would contain; returns null otherwise.
     */
    static String decodeAt(int[] bytes, int at, int limit) {
        int length = lengthFromLead(bytes[at]);
        if (length == 0 || at + length > limit) {
            return null;
        }
        byte[] sequence = new byte[length];
        for (int i = 0; i < length; i++) {
            int b = bytes[at + i];
            if (i > 0 && (b < 0x80 || b > 0xBF)) {
                return null;
            }
            sequence[i] = (byte) b;
        }
        String decoded = strictDecode(sequence);
        return decoded != null && plausible(decoded.codePointAt(0), length) ? decoded : null;
    }

    private static String strictDecode(byte[] sequence) {
        // A strict decoder also rejects overlong forms and encoded surrogates.
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            CharBuffer chars = decoder.decode(ByteBuffer.wrap(sequence));
            return chars.toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /**
     * Whether a decoded code point is one that mojibake plausibly hides in news text. The ranges
     * are narrow on purpose: legitimate text does put an accented capital before a symbol, or a
     * vowel before a non-breaking space and a guillemet, and those pairs must stay as they are.
     * <ul>
     *   <li>two bytes: Latin letters and Latin-1 symbols, Greek, Cyrillic ("CAFÉ’S" would give IPA
     *       "ɒ", "Straße—" N'Ko: both rejected);</li>
     *   <li>three bytes: punctuation, currency and symbols U+2000-U+27BF, and the byte-order mark
     *       (French "café", no-break space, "»" would give a CJK ideograph: rejected);</li>
     *   <li>four bytes: emoji and pictographs.</li>
     * </ul>
     */
    private static boolean plausible(int codePoint, int length) {
        int type = Character.getType(codePoint);
        if (type == Character.UNASSIGNED || type == Character.CONTROL) {
            return false;
        }
        return switch (length) {
            case 2 -> codePoint >= 0xA0 && codePoint <= 0x24F || codePoint >= 0x370 && codePoint <= 0x4FF;
            case 3 -> codePoint >= 0x2000 && codePoint <= 0x27BF || codePoint == 0xFEFF;
            default -> codePoint >= 0x1F000 && codePoint <= 0x1FAFF;
        };
    }
}
