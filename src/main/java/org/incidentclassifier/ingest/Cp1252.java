package org.incidentclassifier.ingest;

import java.nio.charset.Charset;

/**
 * The windows-1252 code page, seen both ways: decoding bytes of a file that is not UTF-8, and
 * recovering the bytes behind mojibake characters.
 *
 * <p>Unlike the JDK's decoder, the five bytes that windows-1252 leaves undefined (0x81, 0x8D, 0x8F,
 * 0x90, 0x9D) decode to the C1 control of the same value, as latin-1 does. That keeps them
 * recoverable: mojibake made through latin-1 carries them ("â€" and U+009D for a closing quote).
 */
final class Cp1252 {

    static final String NAME = "windows-1252";

    private static final char[] HIGH_CHARS = new char[128];
    private static final int[] BYTE_OF_CHAR = new int[0x2200];

    static {
        Charset cp1252 = Charset.forName(NAME);
        java.util.Arrays.fill(BYTE_OF_CHAR, -1);
        for (int b = 0x80; b <= 0xFF; b++) {
            char c = new String(new byte[] {(byte) b}, cp1252).charAt(0);
            if (c == '\uFFFD') {
                c = (char) b;
            }
            HIGH_CHARS[b - 0x80] = c;
            BYTE_OF_CHAR[c] = b;
            // Latin-1 reads 0x80-0x9F as C1 controls: map those back to their bytes as well.
            BYTE_OF_CHAR[b] = b;
        }
    }

    private Cp1252() {
    }

    /** Decodes bytes as windows-1252; never fails. */
    static String decode(byte[] bytes, int offset, int length) {
        char[] chars = new char[length];
        for (int i = 0; i < length; i++) {
            int b = bytes[offset + i] & 0xFF;
            chars[i] = b < 0x80 ? (char) b : HIGH_CHARS[b - 0x80];
        }
        return new String(chars);
    }

    /**
     * The byte (0x80-0xFF) that {@code c} stands for when text was decoded as windows-1252 or
     * latin-1, or -1 if {@code c} is ASCII or outside both code pages.
     */
    static int highByteOf(char c) {
        return c < BYTE_OF_CHAR.length ? BYTE_OF_CHAR[c] : -1;
    }

    /** Whether {@code c} stands for a UTF-8 continuation byte (0x80-0xBF). */
    static boolean isContinuation(char c) {
        int b = highByteOf(c);
        return b >= 0x80 && b <= 0xBF;
    }
}
