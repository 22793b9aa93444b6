package org.incidentclassifier.ruletools;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.incidentclassifier.facts.Evidence;
import org.incidentclassifier.facts.Evidenced;
import org.incidentclassifier.facts.Trigger;
import org.incidentclassifier.facts.TriggerKind;
import org.junit.jupiter.api.Test;

/** Facts in words, including fact types explain does not know (new ones the rules may match). */
class FactWordsTest {
    /** A fact type FactWords has never heard of. */
    record Statement(String document, String speaker, String verb, List<String> topics, Evidence evidence)
            implements Evidenced {}

    /** A conclusion without evidence. */
    record SameActor(String first, String second) {}

    private static final Evidence SAID = new Evidence("d", 2, 40, 52, "the army said");

    @Test
    void aKnownFactIsWrittenWithItsEnumerationsAndQuotedWords() {
        Trigger negated = new Trigger("d", TriggerKind.ARMED_ATTACK, "attack", true, false,
                new Evidence("d", 0, 10, 22, "did not attack"));

        assertThat(FactWords.fact(negated)).isEqualTo("trigger ARMED_ATTACK, negated: \"did not attack\" (lexicon"
                + " phrase \"attack\")");
        assertThat(FactWords.matched(negated)).isEqualTo("trigger ARMED_ATTACK \"did not attack\" (sentence 1)");
    }

    @Test
    void anUnknownFactIsWrittenFromItsFieldsLeavingOutTheDocumentAndEmptyLists() {
        Statement statement = new Statement("d", "army", "say", List.of(), SAID);

        assertThat(FactWords.fact(statement)).isEqualTo("Statement speaker=army, verb=say: \"the army said\"");
        assertThat(FactWords.matched(statement)).isEqualTo("Statement speaker=army, verb=say \"the army said\""
                + " (sentence 3)");
    }

    @Test
    void anUnknownConclusionIsWrittenFromItsFields() {
        assertThat(FactWords.conclusion(new SameActor("aqim", "al-qaida-maghreb")))
                .isEqualTo("SameActor first=aqim, second=al-qaida-maghreb");
        assertThat(FactWords.conclusion("a plain object")).isEqualTo("a plain object");
    }

    /** A fact with a source, as the real Statement has. */
    record Quote(String document, org.incidentclassifier.facts.Source speaker, String text, Evidence evidence)
            implements Evidenced {}

    @Test
    void aSourceInsideAFactIsWrittenInWordsAndAnUnknownOneIsLeftOut() {
        var army = new org.incidentclassifier.facts.Source("the army", org.incidentclassifier.facts.SourceKind
                .STATE_OFFICIAL, "APS");
        var nobody = new org.incidentclassifier.facts.Source(null, org.incidentclassifier.facts.SourceKind.UNKNOWN,
                null);

        assertThat(FactWords.fact(new Quote("d", army, "calm", SAID)))
                .isEqualTo("Quote speaker=the army (STATE_OFFICIAL, via APS), text=calm: \"the army said\"");
        assertThat(FactWords.fact(new Quote("d", nobody, "calm", SAID)))
                .isEqualTo("Quote text=calm: \"the army said\"");
    }
}
