package org.incidentclassifier.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;
import org.incidentclassifier.facts.DocumentFacts;
import org.incidentclassifier.facts.TriggerKind;
import org.incidentclassifier.ingest.Ingest;
import org.incidentclassifier.pipeline.SharedPipeline;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Release triggers (lexicon kind RELEASE): sentence -> the release words kept, joined by "; " ('' for none). A release
 * frees people, named, counted, or referred to; a statement, a video, a report or a list released, or power handed
 * over, is no release.
 */
class ReleaseTriggerTableTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        // people released, active and passive
        "Kidnappers in the delta have freed a Dutch engineer held since March. | freed",
        "The gang released 12 hostages on Friday after a ransom was paid. | released",
        "Rebels freed him near the border late on Sunday. | freed",
        "Anna Berg was handed over to Red Cross officials late on Sunday. | handed over",
        "The two aid workers were later released unharmed. | released",
        "The militants released the foreign minister on Tuesday. | released",
        // near misses: things released, power handed over, free as an adjective
        "The group released a statement on Friday. | ''",
        "The kidnappers released a video of the captives. | ''",
        "The report was released on Monday in Geneva. | ''",
        "Police released the names of the dead. | ''",
        "The general handed over power to a civilian council. | ''",
        "The country held free elections in May. | ''"})
    void releasesOfPeopleOnly(String sentence, String expected) {
        DocumentFacts facts = SharedPipeline.get().facts(new Ingest().fromText("d", sentence));

        assertThat(facts.triggers().stream().filter(t -> t.kind() == TriggerKind.RELEASE)
                .map(t -> t.evidence().text()).collect(Collectors.joining("; "))).isEqualTo(expected);
    }
}
