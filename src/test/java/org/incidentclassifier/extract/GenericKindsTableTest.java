package org.incidentclassifier.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.incidentclassifier.facts.DocumentFacts;
import org.incidentclassifier.facts.Trigger;
import org.incidentclassifier.facts.TriggerKind;
import org.incidentclassifier.ingest.Ingest;
import org.incidentclassifier.pipeline.SharedPipeline;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Sentence -> the attack-kind triggers read as factual: a list of bare plural kinds names kinds, not events. */
class GenericKindsTableTest {

    @ParameterizedTest(name = "{0} -> factual {1}")
    @CsvSource(delimiter = '|', value = {
            // kinds enumerated in a speech or an analysis: none factual
            "The plan prepares hospitals for armed attacks, kidnappings and bombings.             | ''",
            "Deaths from bombings and shootings fell by a fifth in the region last year.           | ''",
            // near misses: a determiner or a number makes them events
            "The bombings and shootings on Friday killed 14 people in Varnholm.                     | BOMBING WEAPON_ATTACK",
            "Two bombings and an armed attack hit the city on Friday.                               | BOMBING ARMED_ATTACK",
            // one plural kind alone is left as it is
            "Bombings killed 14 people in Varnholm on Friday.                                       | BOMBING",
            // ... unless its verb tells a trend: a statistic, not an event
            "Kidnappings fell by 18 percent last year, the statistics office said.                   | ''",
            "Kidnappings for ransom have soared in the border provinces.                            | ''",
            "Bombings of rail lines rose sharply in the second half of the decade.                  | ''",
            // the trend verb after the kind's modifiers, with no other verb between
            "Attacks on relief convoys across the three northern provinces reached a record level.  | ''",
            "Kidnappings of foreign engineers in the delta have become more frequent this decade.  | ''",
            // near miss: another verb stands first, so the far trend verb is not the kind's
            "Attacks on relief convoys in the north killed nine drivers and reached the capital.    | ARMED_ATTACK",
            // near misses: a determiner, or a verb of an event
            "The kidnappings rose to national attention after the ransom video.                     | KIDNAPPING",
            "Kidnappers seized 12 people and bombings killed four more in Varnholm on Friday.       | KIDNAPPING BOMBING",
            // a kind counted as a measure: what is counted, not an event
            "The share of kidnappings that end in a ransom payment is highest in the north.        | ''",
            "Officials did not publish the number of armed attacks on convoys.                      | ''",
            // near misses: the measure counts something else, or a determiner names the event
            "The number of people killed in the bombings on Friday rose to 30.                      | BOMBING",
            "Kidnappings in a number of villages on Friday left families fearful.                   | KIDNAPPING",
            "The gunmen tried to flee with a number of hostages on Thursday.                        | HOSTAGE_TAKING",
    })
    void bareListsOfAttackKindsAreNotEvents(String sentence, String factualKinds) {
        DocumentFacts facts = SharedPipeline.get().facts(new Ingest().fromText("d", sentence));

        assertThat(facts.triggers()).filteredOn(Trigger::isFactual)
                .extracting(Trigger::kind)
                .filteredOn(k -> java.util.Set.of(TriggerKind.BOMBING, TriggerKind.KIDNAPPING, TriggerKind.ARMED_ATTACK,
                        TriggerKind.WEAPON_ATTACK, TriggerKind.HOSTAGE_TAKING).contains(k))
                .containsExactlyElementsOf(factualKinds.isBlank() ? java.util.List.of()
                        : Arrays.stream(factualKinds.split(" ")).map(TriggerKind::valueOf).toList());
    }
}
