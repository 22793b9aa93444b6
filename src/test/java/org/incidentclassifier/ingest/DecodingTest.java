package org.incidentclassifier.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.incidentclassifier.ingest.IngestTest.bytes;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Byte-level decoding: byte-order marks, strict UTF-8, the windows-1252 fallback. */
class DecodingTest {

    private final Ingest ingest = new Ingest();

    @Test
    void invalidUtf8FallsBackToWindows1252WithARepairRecorded() {
        InputDocument doc = readStdin(bytes('c', 'a', 'f', 0xE9, ' ', 0x93, 'o', 'k', 0x94));

        assertThat(doc.encoding()).isEqualTo("windows-1252");
        assertThat(doc.originalText()).isEqualTo("café “ok”");
        assertThat(doc.text()).isEqualTo("café “ok”");
        assertThat(doc.repairs()).containsExactly(new Repair(RepairKind.ENCODING, 0, 0, "", "windows-1252"));
        assertThat(doc.offsets()).isEqualTo(OffsetMap.identity(9));
    }

    @Test
    void windows1252ByteForCafeBecomesCafe() {
        InputDocument doc = readStdin(bytes('c', 'a', 'f', 0xE9));

        assertThat(doc.text()).isEqualTo("café");
        assertThat(doc.repairs()).containsExactly(Repair.encoding("windows-1252"));
    }

    @Test
    void undefinedWindows1252BytesKeepTheirValue() {
        InputDocument doc = readStdin(bytes('a', 0x81, 'b', 0x9D, 'c', 0xFF, ' ', 'a', 'n', 'd', ' ', 'm', 'o', 'r',
                'e', ' ', 't', 'e', 'x', 't'));

        assertThat(doc.originalText()).isEqualTo("a\u0081b\u009Dc\u00FF and more text");
    }

    @Test
    void utf16LittleEndianWithByteOrderMark() {
        byte[] body = "Algérie — 41 hostages".getBytes(StandardCharsets.UTF_16LE);
        InputDocument doc = readStdin(concat(bytes(0xFF, 0xFE), body));

        assertThat(doc.encoding()).isEqualTo("UTF-16LE");
        assertThat(doc.originalText()).isEqualTo("Algérie — 41 hostages");
        assertThat(doc.text()).isEqualTo("Algérie — 41 hostages");
        assertThat(doc.repairs()).isEmpty();
    }

    @Test
    void utf16BigEndianWithByteOrderMark() {
        byte[] body = "In Amenas\r\nsiege".getBytes(StandardCharsets.UTF_16BE);
        InputDocument doc = readStdin(concat(bytes(0xFE, 0xFF), body));

        assertThat(doc.encoding()).isEqualTo("UTF-16BE");
        assertThat(doc.text()).isEqualTo("In Amenas siege");
        assertThat(doc.repairs()).containsExactly(new Repair(RepairKind.BROKEN_LINE, 9, 11, "\r\n", " "));
    }

    @Test
    void utf16WithoutByteOrderMarkIsBinary() {
        byte[] body = "Hostages".getBytes(StandardCharsets.UTF_16LE);

        assertThat(ingest.read(List.of("-"), new ByteArrayInputStream(body))).containsExactly(new InputError("-",
                InputProblem.BINARY, "binary data, not text (contains NUL bytes); give a plain-text file"));
    }

    @Test
    void utf8ByteOrderMarkIsStripped() {
        byte[] raw = concat(bytes(0xEF, 0xBB, 0xBF), "Text".getBytes(StandardCharsets.UTF_8));
        InputDocument doc = readStdin(raw);

        assertThat(doc.encoding()).isEqualTo("UTF-8");
        assertThat(doc.originalText()).isEqualTo("Text");
        assertThat(doc.repairs()).isEmpty();
        assertThat(doc.sha256()).isEqualTo("4a3cf58964f0dc6027f548b2003a498edec6bc36b0ba84e1fdc5773eafee7b64");
    }

    @Test
    void byteOrderMarkAloneIsEmpty() {
        assertThat(ingest.read(List.of("-"), new ByteArrayInputStream(bytes(0xEF, 0xBB, 0xBF))))
                .containsExactly(new InputError("-", InputProblem.EMPTY, "only whitespace, no text to read"));
    }

    @Test
    void sha256IsOfTheRawBytes() {
        InputDocument doc = readStdin(bytes('c', 'a', 'f', 0xE9));

        assertThat(doc.sha256()).isEqualTo("dafd66c0b98965e688be1fc12942c09f0350e6be0685017c3f234e97d0adc92e");
        assertThat(Sha256.hex("abc".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    private InputDocument readStdin(byte[] raw) {
        return (InputDocument) ingest.read(List.of("-"), new ByteArrayInputStream(raw)).get(0);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(a);
        out.writeBytes(b);
        return out.toByteArray();
    }
}
