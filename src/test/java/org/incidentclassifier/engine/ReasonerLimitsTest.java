package org.incidentclassifier.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.incidentclassifier.facts.Document;
import org.incidentclassifier.ruleset.RuleFiles;
import org.incidentclassifier.ruleset.RuleSetException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A session stops at its limits and blames the rule that kept firing, instead of hanging. */
class ReasonerLimitsTest {
    @TempDir
    Path temp;

    private RuleBase rules(String drl) throws IOException, RuleSetException {
        Files.writeString(temp.resolve("loop.drl"), "package loops;\nimport org.incidentclassifier.facts.*;\n" + drl);
        return RuleBase.compile(RuleFiles.fromDirectory(temp));
    }

    @Test
    void aRuleThatUpdatesWithoutAGuardStopsAtTheFiringLimit() throws Exception {
        RuleBase rules = rules("""
                rule "Touch the document again and again"
                    @id("touch-forever")
                    @description("updates its own match with no guard")
                when
                    $d : Document()
                then
                    update($d);
                end
                """);

        assertThatThrownBy(() -> new Reasoner(rules, 1_000, 60_000).reason(List.of(new Document("d", "d.txt", null))))
                .isInstanceOf(RuleFailure.class)
                .hasMessage("rule touch-forever failed: the rules fired 1000 times in one session (the limit);"
                        + " touch-forever fired most, 1000 times: does it update or insert without a guard?");
    }

    @Test
    void aSlowLoopIsHaltedAtTheDeadline() throws Exception {
        RuleBase rules = rules("""
                rule "Wait and touch the document again"
                    @id("wait-forever")
                    @description("sleeps, then updates its own match with no guard")
                when
                    $d : Document()
                then
                    try { Thread.sleep(20); } catch (InterruptedException e) { }
                    update($d);
                end
                """);
        long start = System.nanoTime();

        assertThatThrownBy(() -> new Reasoner(rules, 1_000_000, 300).reason(List.of(new Document("d", "d.txt", null))))
                .isInstanceOf(RuleFailure.class)
                .hasMessageStartingWith("rule wait-forever failed: the rules ran for more than 0.3 s (the limit);");
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(5_000);
    }

    @Test
    void aCrossProductStopsAtTheMatchLimitBeforeFillingTheMemory() throws Exception {
        RuleBase rules = rules("""
                rule "Every document with every document with every document"
                    @id("three-way-cross-product")
                    @description("three patterns joined by nothing")
                when
                    $a : Document()
                    $b : Document()
                    $c : Document()
                then
                end
                """);
        List<Document> documents = java.util.stream.IntStream.range(0, 100)
                .mapToObj(i -> new Document("d" + i, "d" + i + ".txt", null)).toList(); // 1,000,000 matches

        assertThatThrownBy(() -> new Reasoner(rules).reason(documents))
                .isInstanceOf(RuleFailure.class)
                .hasMessage("rule three-way-cross-product failed: the rule had 100000 matches waiting to fire in one"
                        + " session (the limit): are its patterns joined by a constraint, or is it a cross product?");
    }

    @Test
    void aRuleWhoseActionOverflowsTheStackIsNamed() throws Exception {
        RuleBase rules = rules("""
                function int deeper(int n) { return deeper(n + 1) + 1; }

                rule "Recurse without end"
                    @id("recurse-forever")
                    @description("its action calls a function that never returns")
                when
                    $d : Document()
                then
                    deeper(0);
                end
                """);

        assertThatThrownBy(() -> new Reasoner(rules).reason(List.of(new Document("d", "d.txt", null))))
                .isInstanceOf(RuleFailure.class)
                .hasMessage("rule recurse-forever failed: StackOverflowError: the rule's action recursed too deeply");
    }

    @Test
    void aSessionWithinItsLimitsConcludes() throws Exception {
        RuleBase rules = rules("""
                rule "Touch the document once"
                    @id("touch-once")
                    @description("fires once per document")
                when
                    $d : Document()
                then
                end
                """);

        Reasoning reasoning = new Reasoner(rules, 10, 60_000).reason(List.of(new Document("d", "d.txt", null)));

        assertThat(reasoning.rulesFired()).containsExactly(java.util.Map.entry("touch-once", 1));
    }
}
