package org.incidentclassifier.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Any bytes on standard input become documents or error records, never an exception, and every document
 * keeps the offset contract between its original and repaired text. A short run in every build (tries set
 * in src/test/resources/junit-platform.properties); the long run is documented in docs/performance.md.
 */
class IngestFuzzTest {

    private final Ingest ingest = new Ingest();

    @Property
    void anyBytesBecomeDocumentsOrErrors(@ForAll("bytes") byte[] bytes) {
        List<IngestOutcome> outcomes = ingest.read(List.of("-"), new ByteArrayInputStream(bytes));

        assertThat(outcomes).isNotEmpty().allMatch(o -> o instanceof InputDocument || o instanceof InputError);
        outcomes.stream().filter(InputDocument.class::isInstance).map(InputDocument.class::cast)
                .forEach(OffsetInvariant::check);
    }

    @Property
    void anyTextWithInvisibleAndBrokenCharactersKeepsItsOffsets(@ForAll("noisyText") String text) {
        InputDocument doc = ingest.fromText("fuzz", text);

        OffsetInvariant.check(doc);
        assertThat(doc.text()).doesNotContain("\u200B", "\u00AD", "\u001B");
    }

    @Provide
    Arbitrary<byte[]> bytes() {
        Arbitrary<byte[]> random = Arbitraries.bytes().array(byte[].class).ofMaxSize(2000);
        Arbitrary<byte[]> textLike = noisyText().map(s -> s.getBytes(StandardCharsets.UTF_8));
        Arbitrary<byte[]> latin1 = noisyText().map(s -> s.getBytes(StandardCharsets.ISO_8859_1));
        return Arbitraries.oneOf(random, textLike, latin1);
    }

    @Provide
    Arbitrary<String> noisyText() {
        Arbitrary<String> fragment = Arbitraries.oneOf(
                Arbitraries.of("Gunmen stormed the depot", "35 hostages were killed,", "â€™", "Ã©tÃ©", "â€\"",
                        "\r\n", "\n\n", "-\n", "\u00A0", "\u200B", "\u00AD", "\uFEFF", "\u001B[0m", "\u001B[", "\f",
                        "\u2028", "(", "\"", "Monday", "2031-04-07"),
                Arbitraries.strings().withCharRange('\u0000', '\u00FF').ofMaxLength(20),
                Arbitraries.strings().alpha().ofMaxLength(12),
                Arbitraries.strings().withChars(" \t\n\r").ofMaxLength(6));
        return fragment.list().ofMaxSize(80).map(parts -> String.join("", parts));
    }
}
