package org.incidentclassifier.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.incidentclassifier.facts.Document;
import org.incidentclassifier.ruleset.RuleFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A reused (emptied) session reasons as a fresh one would: nothing of the last report is left in it. */
class SessionPoolTest {
    @TempDir
    Path temp;

    @Test
    void aReusedSessionKeepsNothingOfTheLastReportEvenAfterAFailure() throws Exception {
        Files.writeString(temp.resolve("pairs.drl"), """
                package pairs;
                import org.incidentclassifier.facts.*;
                rule "Name each pair of documents"
                    @id("pair-documents")
                    @description("one conclusion per ordered pair of documents")
                when
                    $a : Document()
                    $b : Document(this != $a)
                then
                    insert($a.id() + "+" + $b.id());
                end
                rule "Touch a looping document again and again"
                    @id("touch-forever")
                    @description("updates its match with no guard, for the failure in between")
                when
                    $d : Document(id == "loop")
                then
                    update($d);
                end
                """);
        RuleBase rules = RuleBase.compile(RuleFiles.fromDirectory(temp));
        Reasoner reasoner = new Reasoner(rules, 1_000, 60_000);
        List<Object> two = List.of(new Document("a", "a.txt", null), new Document("b", "b.txt", null));

        Reasoning first = reasoner.reason(two);
        assertThatThrownBy(() -> reasoner.reason(List.of(new Document("loop", "loop.txt", null))))
                .isInstanceOf(RuleFailure.class);
        Reasoning again = reasoner.reason(two);
        Reasoning one = reasoner.reason(List.of(new Document("c", "c.txt", null)));

        assertThat(first.conclusions()).extracting(Derivation::conclusion).containsExactlyInAnyOrder("a+b", "b+a");
        assertThat(again.conclusions()).isEqualTo(first.conclusions());
        assertThat(again.rulesFired()).isEqualTo(first.rulesFired());
        assertThat(one.conclusions()).isEmpty();
    }
}
