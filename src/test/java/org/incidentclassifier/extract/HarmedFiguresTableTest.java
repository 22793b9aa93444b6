package org.incidentclassifier.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.incidentclassifier.facts.DocumentFacts;
import org.incidentclassifier.facts.Trigger;
import org.incidentclassifier.facts.TriggerKind;
import org.incidentclassifier.ingest.Ingest;
import org.incidentclassifier.pipeline.SharedPipeline;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Sentence -> the public figure read as the one harmed (a FIGURE_HARMED trigger's evidence), or none: the
 * subject of a passive killing or wounding, the object of an active one, whatever stands between them.
 */
class HarmedFiguresTableTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            // the subject of a passive harm verb, across an apposition and a prepositional phrase
            "A candidate for the regional council, Omar Hadi, was shot dead outside his home.   | candidate for the regional council, Omar Hadi, was shot dead",
            "The district governor was killed when gunmen fired on his car.                      | district governor was killed",
            "Piet Varga, a local councillor, was gunned down near the market on Monday.          | Piet Varga, a local councillor, was gunned down",
            // the object of an active harm verb
            "Two gunmen on a motorcycle shot dead a village council head on Sunday.             | shot dead a village council head",
            // the attackers named with their killing are part of the harm phrase (lexicon: attackers =killed @DET)
            "Unknown attackers killed the town's mayor late on Friday.                          | attackers killed the town's mayor",
            // near misses: the figure is not the one harmed, or no harm happened
            "The minister said that three soldiers were killed in the ambush.                   | ''",
            "Gunmen killed the mayor's bodyguard outside the town hall.                         | ''",
            "The rebels threatened to kill the governor if troops advanced.                     | ''",
            "Nine people, including two diplomats, were killed in the mall attack.             | ''",
            "The judge was not hurt in the attack on the courthouse.                            | ''",
    })
    void aPublicFigureReadAsTheOneHarmed(String sentence, String harmed) {
        DocumentFacts facts = SharedPipeline.get().facts(new Ingest().fromText("d", sentence));

        assertThat(facts.triggers()).filteredOn(t -> t.kind() == TriggerKind.FIGURE_HARMED).filteredOn(Trigger::isFactual)
                .extracting(t -> t.evidence().text())
                .containsExactlyElementsOf(harmed.isBlank() ? java.util.List.of() : java.util.List.of(harmed));
    }
}
