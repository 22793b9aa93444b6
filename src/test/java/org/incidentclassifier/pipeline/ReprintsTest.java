package org.incidentclassifier.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.incidentclassifier.ingest.Ingest;
import org.incidentclassifier.ingest.IngestOutcome;
import org.incidentclassifier.ingest.InputDocument;
import org.incidentclassifier.verdict.Verdict;
import org.junit.jupiter.api.Test;

/** Reprints: identical or near-identical copies are one source with their original (circular reporting). */
class ReprintsTest {
    private static final String WIRE = "Gunmen stormed a hotel in the port city of Elnor on Monday and held guests"
            + " for six hours before soldiers freed them. Police said 14 people were killed and 30 were wounded in the"
            + " attack, which began shortly after dawn. The interior ministry said three attackers were shot dead by"
            + " special forces. Witnesses described hearing explosions from the upper floors as guests fled through"
            + " the kitchens. No group has said it carried out the attack.";

    @Test
    void anIdenticalTextAndAWireCopyWithAnotherHeadlineAreReprintsOfTheFirst() {
        Ingest ingest = new Ingest();
        List<InputDocument> inputs = List.of(ingest.fromText("first", WIRE), ingest.fromText("same", WIRE),
                ingest.fromText("copy", "Hotel siege ends in Elnor\n" + WIRE.replace("six hours", "six long hours")),
                ingest.fromText("other", "A bomb exploded at a market in the north of the country on Friday, killing"
                        + " two traders and wounding nine, officials said. The army blamed rebels for the blast and"
                        + " said its patrols had found a second device near the bus station later that day."));

        assertThat(Reprints.find(inputs)).isEqualTo(Map.of("same", "first", "copy", "first"));
    }

    @Test
    void theSeedsWithTwentyCopiesEachGiveTheSeedsInconsistenciesAndNoCorroborationByACopy() throws Exception {
        Ingest ingest = new Ingest();
        List<IngestOutcome> seeds = new ArrayList<>();
        List<IngestOutcome> withCopies = new ArrayList<>();
        for (String seed : List.of("000_802d9e333d9d6a38", "002_19eff492fa99377f")) {
            String text = Files.readString(Path.of("seeds", seed + ".txt"), StandardCharsets.UTF_8);
            seeds.add(ingest.fromText(seed, text));
            withCopies.add(ingest.fromText(seed, text));
            for (int i = 1; i <= 20; i++) {
                withCopies.add(ingest.fromText(seed + "-copy" + i, text));
            }
        }

        long start = System.nanoTime();
        Verdict copied = SharedPipeline.get().classify(withCopies);
        long seconds = (System.nanoTime() - start) / 1_000_000_000L;
        Verdict alone = SharedPipeline.get().classify(seeds);

        assertThat(seconds).isLessThan(30);
        assertThat(copied.incidents()).hasSize(1);
        assertThat(copied.incidents().get(0).documents()).hasSize(42);
        assertThat(copied.incidents().get(0).inconsistencies()).extracting(Verdict.InconsistencyEntry::explanation)
                .containsExactlyElementsOf(alone.incidents().get(0).inconsistencies().stream()
                        .map(Verdict.InconsistencyEntry::explanation).toList());
        assertThat(copied.incidents().get(0).claims()).allSatisfy(c ->
                assertThat(c.corroboratedBy()).noneMatch(id -> id.contains("-copy")));
        assertThat(copied.documents()).filteredOn(d -> d.id().contains("-copy"))
                .allSatisfy(d -> assertThat(d.reprintOf()).isIn("000_802d9e333d9d6a38", "002_19eff492fa99377f"));
    }
}
