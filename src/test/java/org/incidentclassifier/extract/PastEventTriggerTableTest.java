package org.incidentclassifier.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.incidentclassifier.facts.DocumentFacts;
import org.incidentclassifier.facts.Trigger;
import org.incidentclassifier.facts.TriggerKind;
import org.incidentclassifier.ingest.Ingest;
import org.incidentclassifier.pipeline.SharedPipeline;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Sentence -> the event triggers read as factual: an older event the report dates itself against ("two years after
 * the siege", "since April, when bombers struck") is the past it measures from, not its news; an act named as a charge
 * ("suspected of kidnapping") is what someone is charged with.
 */
class PastEventTriggerTableTest {
    private static final Set<TriggerKind> EVENTS = Set.of(TriggerKind.SIEGE, TriggerKind.KIDNAPPING,
            TriggerKind.BOMBING, TriggerKind.ARMED_ATTACK);

    @ParameterizedTest(name = "{0} -> factual {1}")
    @CsvSource(delimiter = '|', value = {
            "Two years after the seminary siege armed men kidnapped nine students on Friday.       | KIDNAPPING",
            "Months since the bombing of the depot, the town market reopened on Monday.            | ''",
            "Police have held 80 suspects since April, when bombers struck two churches.           | ''",
            // near misses: hours or days after an attack are its aftermath; a "when" with no "since" before it
            "Two days after the seminary siege armed men kidnapped nine students on Friday.        | SIEGE KIDNAPPING",
            "Police said 12 people died when bombers struck two churches on Sunday.                | BOMBING",
            // an act named as a charge is no event told as news; "suspected militants" is no charge
            "Police detained a man suspected of kidnapping two nurses, officials said.             | ''",
            "Three men were charged with the bombing of a bus station in the port.                 | ''",
            "Suspected militants kidnapped two nurses from a clinic on Tuesday.                    | KIDNAPPING",
            // last year's attack is an older event; this week's is news
            "Police arrested four men over last year's bombing of the ferry terminal.              | ''",
            "Police arrested four men over Monday's bombing of the ferry terminal.                 | BOMBING",
    })
    void anOlderEventTheReportMeasuresFromIsNotFactual(String sentence, String factualKinds) {
        DocumentFacts facts = SharedPipeline.get().facts(new Ingest().fromText("d", sentence));

        assertThat(facts.triggers()).filteredOn(Trigger::isFactual)
                .extracting(Trigger::kind)
                .filteredOn(EVENTS::contains)
                .containsExactlyElementsOf(factualKinds.isBlank() ? List.of()
                        : Arrays.stream(factualKinds.split(" ")).map(TriggerKind::valueOf).toList());
    }
}
