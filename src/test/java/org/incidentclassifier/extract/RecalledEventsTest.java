package org.incidentclassifier.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.stream.Collectors;
import org.incidentclassifier.facts.DocumentFacts;
import org.incidentclassifier.facts.TriggerKind;
import org.incidentclassifier.ingest.Ingest;
import org.incidentclassifier.pipeline.SharedPipeline;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Events a long report recalls after its news (RecalledEvents): their event words are not factual. Every report
 * here is dated Thursday 29 September 2016 and tells its news in the first sentence; each row is the sentence
 * after it -> the event words of that sentence still factual (joined by ", "). Each shape has a near miss.
 */
class RecalledEventsTest {
    /** Words that are left as they are: the places and forces a recalled clause names. */
    private static final Set<TriggerKind> PLACES_AND_FORCES = Set.of(TriggerKind.SECURITY_FORCE, TriggerKind.FACILITY,
            TriggerKind.INFRASTRUCTURE);
    private static final String LEAD = "A car bomb exploded near the central market in Wamba on Wednesday, killing six"
            + " people, police said.";

    @ParameterizedTest(name = "{0} -> [{1}]")
    @CsvSource(delimiter = '|', value = {
        // a time cue puts its whole clause in an earlier event
        "Last month gunmen kidnapped two traders from the same market. | ''",
        "Two weeks ago the same group abducted a teacher nearby. | ''",
        "In March a roadside bomb killed five soldiers on the road. | ''",
        "A bus station in the town was bombed in 2014. | ''",
        // after an anchor cue only what follows is recalled
        "The attack came a week after troops raided a hideout. | attack",
        "The shooting was the deadliest since a similar attack years ago. | shooting",
        // near miss: a day later is the news's own aftermath, and a clause after the comma is the news
        "A day after the blast, gunmen attacked the hospital. | blast, gunmen, attacked",
        "Last month the market reopened, and on Wednesday a second bomb went off. | bomb, went off"})
    void recalledEventsAreNotFactual(String more, String factual) {
        DocumentFacts facts = SharedPipeline.get().facts(new Ingest().fromText("d", LEAD + " " + more)
                .withReportInfo("2016-09-29", null, null));

        assertThat(facts.triggers().stream()
                .filter(t -> t.evidence().sentence() == facts.triggers().stream()
                        .mapToInt(u -> u.evidence().sentence()).max().orElse(0))
                .filter(t -> t.isFactual() && !PLACES_AND_FORCES.contains(t.kind()))
                .map(t -> t.evidence().text()).collect(Collectors.joining(", "))).isEqualTo(factual);
    }
}
