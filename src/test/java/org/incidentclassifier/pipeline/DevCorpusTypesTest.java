package org.incidentclassifier.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.incidentclassifier.ingest.Ingest;
import org.incidentclassifier.verdict.Verdict;
import org.junit.jupiter.api.Test;

/** Each dev-corpus report classified on its own gets a sensible primary type; the controls give no incident. */
class DevCorpusTypesTest {
    private static final String CORPUS = "src/test/resources/corpus/dev";

    @Test
    void primaryTypeOfEachReportClassifiedSeparately() {
        Verdict verdict = SharedPipeline.get().classify(new Ingest().read(List.of(CORPUS), null), true);
        Map<String, String> primary = new LinkedHashMap<>();
        for (Verdict.DocumentEntry d : verdict.documents()) {
            String type = verdict.incidents().stream().filter(i -> i.id().equals(d.incident())).findFirst()
                    .map(i -> i.types().get(0).type()).orElse("NO INCIDENT");
            primary.put(d.id(), type);
        }

        assertThat(primary).containsExactly(
                Map.entry("01-in-amenas-ibtimes-first-day", "HOSTAGE_TAKING_BARRICADE"),
                Map.entry("02-in-amenas-riversstatenews-650-freed", "HOSTAGE_TAKING_BARRICADE"),
                Map.entry("03-in-amenas-asianews-toll-survivors", "HOSTAGE_TAKING_BARRICADE"),
                Map.entry("04-in-amenas-japantimes-jgc-victims-return", "HOSTAGE_TAKING_BARRICADE"),
                Map.entry("05-westgate-irishtimes-standoff", "ARMED_ASSAULT"),
                Map.entry("06-moscow-theatre-berkeleydailyplanet-ap", "HOSTAGE_TAKING_BARRICADE"),
                Map.entry("07-beslan-kitsapsun-ap-siege-ends", "HOSTAGE_TAKING_BARRICADE"),
                Map.entry("08-chibok-upi-disputed-count", "HOSTAGE_TAKING_KIDNAPPING"),
                Map.entry("09-mumbai-orlandosentinel-nyt-taj", "ARMED_ASSAULT"),
                Map.entry("10-bataclan-guardian-police-operation", "HOSTAGE_TAKING_BARRICADE"),
                Map.entry("11-entebbe-thejc-on-this-day", "HIJACKING"),
                Map.entry("12-mend-shell-pipeline-mg-reuters", "FACILITY_INFRASTRUCTURE_ATTACK"),
                Map.entry("13-niger-delta-expatriates-rescue-thenation", "HOSTAGE_TAKING_KIDNAPPING"),
                Map.entry("14-control-bp-earnings-energyvoice", "NO INCIDENT"),
                Map.entry("15-control-six-nations-worldinsport", "NO INCIDENT"),
                Map.entry("16-control-a-hijacking-review-schwartz", "NO INCIDENT"));
    }

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
        Verdict verdict = SharedPipeline.get().classify(new Ingest().read(List.of("seeds", CORPUS), null));

        Verdict.IncidentEntry inAmenas = verdict.incidents().get(0);
        assertThat(inAmenas.documents()).containsExactly("000_802d9e333d9d6a38", "002_19eff492fa99377f",
                "01-in-amenas-ibtimes-first-day", "02-in-amenas-riversstatenews-650-freed",
                "03-in-amenas-asianews-toll-survivors", "04-in-amenas-japantimes-jgc-victims-return");
        assertThat(inAmenas.types().get(0).type()).isEqualTo("HOSTAGE_TAKING_BARRICADE");
        assertThat(verdict.incidents()).hasSize(10);
        assertThat(verdict.incidents().stream().skip(1)).allMatch(i -> i.documents().size() == 1);
    }
}
