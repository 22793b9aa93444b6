package org.incidentclassifier.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.incidentclassifier.ingest.Ingest;
import org.incidentclassifier.pipeline.SharedPipeline;
import org.incidentclassifier.verdict.Verdict;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What a report says about responsibility, read through the whole pipeline (sentence | the verdict's
 * {@code responsibility.status}, "none" for no field | its rule | GTD's {@code claimed}): a claim is 1; a named
 * group's denial and "no one has claimed it" are 0; silence is -9, GTD's unknown. Each shape with a paraphrase and
 * near misses that must not count as a claim or as a denial.
 */
class GtdClaimedTest {
    private static final String ATTACK = "A car bomb exploded outside a police station in Mogadishu on Monday,"
            + " killing nine people. ";

    @ParameterizedTest(name = "{0} -> {1} {3}")
    @CsvSource(delimiter = '|', nullValues = "none", value = {
        // a claim
        "Al-Shabaab claimed responsibility for the bombing in a statement. | CLAIMED | responsibility-claimed | 1",
        "In a statement on its radio station, al-Shabaab said it had carried out the attack. | CLAIMED"
                + " | responsibility-claimed | 1",
        "Al-Shabaab claimed the bombing on its radio station. | CLAIMED | responsibility-claimed | 1",
        // no one has claimed it
        "No group has claimed responsibility for the bombing. | NOT_CLAIMED | responsibility-not-claimed | 0",
        "No group has yet claimed responsibility. | NOT_CLAIMED | responsibility-not-claimed | 0",
        "There was no immediate claim of responsibility. | NOT_CLAIMED | responsibility-not-claimed | 0",
        // a named group denies it, or has not claimed it
        "Al-Shabaab denied responsibility for the bombing. | DENIED | responsibility-denied | 0",
        "A spokesman for al-Shabaab denied that the group was behind the attack. | DENIED | responsibility-denied | 0",
        "The mayor denied reports of a curfew, and al-Shabaab claimed responsibility for the bombing. | CLAIMED"
                + " | responsibility-claimed | 1",
        "Al-Shabaab has not claimed the bombing, though it often targets police stations. | DENIED"
                + " | responsibility-denied | 0",
        // silence, and near misses: others blaming a group, a threat, a claim of something else
        "Police said the blast bore the hallmarks of al-Shabaab. | none | none | -9",
        "Officials blamed al-Shabaab for the bombing. | none | none | -9",
        "Al-Shabaab has threatened to claim more attacks on the police. | none | none | -9",
        "The police claimed that nine people had died. | none | none | -9"})
    void responsibilityAndTheClaimedCell(String sentence, String status, String rule, int claimed) {
        Verdict verdict = SharedPipeline.get().classify(List.of(new Ingest().fromText("claims", ATTACK + sentence)));

        assertThat(verdict.incidents()).hasSize(1);
        Verdict.IncidentEntry incident = verdict.incidents().get(0);
        Verdict.ResponsibilityEntry responsibility = incident.responsibility();
        if (status == null) {
            assertThat(responsibility).isNull();
        } else {
            assertThat(List.of(responsibility.status(), responsibility.rule())).containsExactly(status, rule);
            assertThat(responsibility.evidence()).isNotEmpty();
        }
        assertThat(GtdExport.claimed(new IncidentFacts(incident))).isEqualTo(claimed);
    }
}
