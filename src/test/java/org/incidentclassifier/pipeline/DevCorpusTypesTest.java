package org.incidentclassifier.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.incidentclassifier.ingest.Ingest;
import org.incidentclassifier.verdict.Verdict;
import org.junit.jupiter.api.Test;

/**
 * Reports the team wrote in wire style get their types; the In Amenas reports of the shared dev corpus join the
 * seeds. The dev corpus's types as a whole are guarded by the scores' ratchet ({@code DevScoresRatchetTest}).
 */
class DevCorpusTypesTest {

    @Test
    void inventedWireReportsOfOtherIncidentsGetTheirTypes() {
        // written by the team in wire style (src/test/resources/corpus/unseen): names the rules never saw
        Verdict verdict = SharedPipeline.get().classify(
                new Ingest().read(List.of("src/test/resources/corpus/unseen"), null), true);

        assertThat(verdict.incidents()).extracting(i -> i.documents().get(0) + " " + i.types().get(0).type())
                .containsExactly("kaduna HOSTAGE_TAKING_KIDNAPPING", "manchester BOMBING_EXPLOSION",
                        "sydney HOSTAGE_TAKING_BARRICADE");
        assertThat(verdict.incidents().get(1).claims()).extracting(Verdict.ClaimEntry::status, Verdict.ClaimEntry::min)
                .contains(org.assertj.core.groups.Tuple.tuple("KILLED", 22), org.assertj.core.groups.Tuple.tuple("INJURED", 59));
    }

    @Test
    void theFourInAmenasReportsAndTheSeedsFormOneIncident() {
        List<String> inputs = new java.util.ArrayList<>(List.of("seeds"));
        for (String report : List.of("01-in-amenas-ibtimes-first-day.txt", "02-in-amenas-riversstatenews-650-freed.txt",
                "03-in-amenas-asianews-toll-survivors.txt", "04-in-amenas-japantimes-jgc-victims-return.txt")) {
            inputs.add(DevCorpus.report(report).toString());
        }
        Verdict verdict = SharedPipeline.get().classify(new Ingest().read(inputs, null));

        // report 03 is filed from the capital and names the site's town once, in its sixth sentence: it joins on
        // that place weakly (same-incident-names-its-place), which adds it to the incident but merges nothing
        assertThat(verdict.incidents()).hasSize(1);
        Verdict.IncidentEntry inAmenas = verdict.incidents().get(0);
        assertThat(inAmenas.documents()).containsExactly("000_802d9e333d9d6a38", "002_19eff492fa99377f",
                "01-in-amenas-ibtimes-first-day", "02-in-amenas-riversstatenews-650-freed",
                "03-in-amenas-asianews-toll-survivors", "04-in-amenas-japantimes-jgc-victims-return");
        assertThat(inAmenas.types().get(0).type()).isEqualTo("HOSTAGE_TAKING_BARRICADE");
        assertThat(inAmenas.joinedBy()).extracting(Verdict.JoinEntry::rule).contains("same-incident-names-its-place");
    }
}
