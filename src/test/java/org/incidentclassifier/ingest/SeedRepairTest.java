package org.incidentclassifier.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The two seeds keep their damage byte for byte; ingest must repair exactly that damage. */
class SeedRepairTest {

    private static final String SEED_000 = "000_802d9e333d9d6a38";
    private static final String SEED_002 = "002_19eff492fa99377f";

    private final Ingest ingest = new Ingest();

    @Test
    void seed000HasOneBrokenLineJoined() {
        InputDocument doc = read(SEED_000);

        assertThat(doc.id()).isEqualTo(SEED_000);
        assertThat(doc.sha256()).isEqualTo("58ade9385efaed97b6246ff4e490b2296784c255dbae0ef58d190ba42e84e87b");
        assertThat(doc.encoding()).isEqualTo("UTF-8");
        assertThat(doc.repairs()).containsExactly(new Repair(RepairKind.BROKEN_LINE, 2622, 2623, "\n", " "));
        assertThat(doc.text()).contains("had threatened to kill the hostages if the army intervened.\n\"We will kill");
        assertThat(doc.originalText()).hasSize(3909);
        assertThat(doc.text()).hasSize(3909);
    }

    @Test
    void seed002HasItsMojibakeAndTrailingSpaceRepaired() {
        InputDocument doc = read(SEED_002);

        assertThat(doc.sha256()).isEqualTo("9b3a17d360bc4ecd169feff175dc09c3f7d7622ef67eff28955121e1ac8808b7");
        assertThat(doc.encoding()).isEqualTo("UTF-8");
        assertThat(doc.repairs()).containsExactly(
                new Repair(RepairKind.MOJIBAKE, 20, 21, "â", "—"),
                new Repair(RepairKind.MOJIBAKE, 53, 54, "â", "—"),
                new Repair(RepairKind.WHITESPACE, 136, 137, " ", ""),
                new Repair(RepairKind.MOJIBAKE, 2122, 2124, "â¦", "…"),
                new Repair(RepairKind.MOJIBAKE, 2427, 2428, "â", "—"));
        assertThat(doc.text()).doesNotContain("â");
        assertThat(doc.text()).contains("Fifty-five hostages — 30 Algerians and 25 foreigners — are reported");
        assertThat(doc.text()).contains("call on the Algerian army to withdraw … We are worried");
        assertThat(doc.text()).contains("\"attacked two sites at the same time — they went inside");
        assertThat(doc.text()).contains("gas field in eastern\nThe foreigners include");
        assertThat(doc.originalText()).hasSize(3785);
        assertThat(doc.text()).hasSize(3783);
    }

    @Test
    void seedSpansMapBackToTheOriginalText() {
        for (String seed : List.of(SEED_000, SEED_002)) {
            OffsetInvariant.check(read(seed));
        }
    }

    @Test
    void repairedDashMapsToTheMojibakeItReplaced() {
        InputDocument doc = read(SEED_002);
        int dash = doc.text().indexOf('—');

        assertThat(dash).isEqualTo(20);
        assertThat(doc.offsets().toOriginalStart(dash)).isEqualTo(20);
        assertThat(doc.offsets().toOriginalEnd(dash + 1)).isEqualTo(21);
        int worried = doc.text().indexOf("We are worried");
        assertThat(doc.originalText().substring(doc.offsets().toOriginalStart(worried),
                doc.offsets().toOriginalEnd(worried + "We are worried".length()))).isEqualTo("We are worried");
        assertThat(doc.offsets().toOriginalStart(worried)).isEqualTo(worried + 2);
    }

    @Test
    void joinedSentenceMapsAcrossTheBrokenLine() {
        InputDocument doc = read(SEED_000);
        String sentence = "if the army intervened.";
        int s = doc.text().indexOf(sentence);
        int e = s + sentence.length();

        assertThat(doc.originalText().substring(doc.offsets().toOriginalStart(s), doc.offsets().toOriginalEnd(e)))
                .isEqualTo("if the army\nintervened.");
    }

    private InputDocument read(String seed) {
        return (InputDocument) ingest.read(List.of(resource(seed + ".txt").toString()), null).get(0);
    }

    static Path resource(String name) {
        try {
            return Path.of(SeedRepairTest.class.getResource("/ingest/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
