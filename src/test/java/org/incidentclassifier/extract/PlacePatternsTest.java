package org.incidentclassifier.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;
import org.incidentclassifier.facts.DocumentFacts;
import org.incidentclassifier.ingest.Ingest;
import org.incidentclassifier.pipeline.SharedPipeline;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Sentence -> places below country level, from the gazetteer or, for names it lacks, from their shape. */
class PlacePatternsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Gunmen stormed a police station in Kumanovo, Macedonia, and killed eight officers. | Kumanovo CITY MK",
        "Militants attacked the Westgate Mall in Nairobi. | Westgate SITE KE ; Nairobi CITY KE",
        "Gunmen seized the Zarqa gas plant before dawn. | Zarqa SITE -",
        "A bomb exploded in Tambura province on Friday. | Tambura REGION -",
        "Ministers met in Brussels, the capital. | Brussels CITY BE",
        "Officials in Dorvan, where the attack happened, gave no figures. | ''"})
    void placesTheSentenceNames(String sentence, String expected) {
        DocumentFacts facts = SharedPipeline.get().facts(new Ingest().fromText("t", sentence));

        assertThat(facts.places().stream().filter(p -> p.kind() != org.incidentclassifier.facts.PlaceKind.COUNTRY)
                .map(p -> p.name() + " " + p.kind() + " " + (p.country() == null ? "-" : p.country()))
                .collect(Collectors.joining(" ; "))).isEqualTo(expected);
    }
}
