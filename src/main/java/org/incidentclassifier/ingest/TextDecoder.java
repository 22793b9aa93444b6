package org.incidentclassifier.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns raw bytes into text, or rejects them as empty or binary.
 *
 * <p>A byte-order mark decides UTF-8 or UTF-16; otherwise the bytes must be strict UTF-8, and if
 * they are not, they are read as windows-1252 (the usual encoding of older Western text) and the
 * caller records the fallback. Stateless and thread-safe.
 */
final class TextDecoder {

    /** Above this share of control characters (other than tab, CR, LF, FF) input is binary. */
    static final double MAX_CONTROL_SHARE = 0.10;

    DecodedText decode(byte[] bytes) throws RejectedInput {
        if (bytes.length == 0) {
            throw new RejectedInput(InputProblem.EMPTY, "empty file (0 bytes), nothing to read");
        }
        DecodedText decoded = decodeByMark(bytes);
        if (decoded == null) {
            if (containsNul(bytes)) {
                throw binary("contains NUL bytes");
            }
            decoded = decodeUtf8OrFallback(bytes, 0);
        }
        checkText(decoded.text());
        return decoded;
    }

    private static DecodedText decodeByMark(byte[] bytes) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return decodeUtf8OrFallback(bytes, 3);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new DecodedText(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE),
                    "UTF-16LE", false);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new DecodedText(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE),
                    "UTF-16BE", false);
        }
        return null;
    }

    private static DecodedText decodeUtf8OrFallback(byte[] bytes, int offset) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
                    .toString();
            return new DecodedText(text, "UTF-8", false);
        } catch (CharacterCodingException e) {
            return new DecodedText(Cp1252.decode(bytes, offset, bytes.length - offset), Cp1252.NAME, true);
        }
    }

    private static void checkText(String text) throws RejectedInput {
        if (isBlank(text)) {
            throw new RejectedInput(InputProblem.EMPTY, "only whitespace, no text to read");
        }
        int controls = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\0') {
                throw binary("contains NUL characters");
            }
            if (Character.isISOControl(c) && c != '\t' && c != '\r' && c != '\n' && c != '\f') {
                controls++;
            }
        }
        if (controls > MAX_CONTROL_SHARE * text.length()) {
            throw binary(Math.round(100.0 * controls / text.length()) + "% of its characters are control codes");
        }
    }

    private static RejectedInput binary(String reason) {
        return new RejectedInput(InputProblem.BINARY, "binary data, not text (" + reason
                + "); give a plain-text file");
    }

    private static boolean isBlank(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c) && c != '\uFEFF') {
                return false;
            }
        }
        return true;
    }

    private static boolean containsNul(byte[] bytes) {
        for (byte b : bytes) {
            if (b == 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
