package org.incidentclassifier.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.assertj.core.api.recursive.comparison.RecursiveComparisonConfiguration;
import org.incidentclassifier.lexicon.Lexicons;
import org.incidentclassifier.nlp.WordStemmer;
import org.incidentclassifier.ruleset.RuleFiles;
import org.incidentclassifier.ruleset.RuleSetException;

/**
 * The shipped rules compiled once for all rule tests in this JVM. Like the pipeline, every session also
 * gets the background facts of the shipped lexicon (credibility grades, target-type codes).
 */
public final class RuleSession {
    /**
     * Compares derivations field by field, conclusions and matched facts included, with their exact types:
     * {@code assertThat(found).usingRecursiveFieldByFieldElementComparator(EXACTLY).containsExactly(...)}.
     * Conclusions such as {@code ActorRole} have identity semantics, so plain equality cannot compare them.
     */
    public static final RecursiveComparisonConfiguration EXACTLY = RecursiveComparisonConfiguration.builder()
            .withStrictTypeChecking(true).build();

    private static Reasoner reasoner;
    private static List<Object> background;

    private RuleSession() {
    }

    public static synchronized Reasoning reason(List<?> facts) {
        try {
            if (reasoner == null) {
                RuleFiles rules = RuleFiles.fromDirectory(Path.of("rules"));
                reasoner = new Reasoner(RuleBase.compile(rules));
                background = Lexicons.load(rules, WordStemmer.load()).background();
            }
            List<Object> all = new ArrayList<>(background);
            all.addAll(facts);
            return reasoner.reason(all);
        } catch (RuleSetException | RuleFailure e) {
            throw new IllegalStateException(e);
        }
    }

    /** The conclusions of the rule {@code rule} still standing after reasoning over these facts. */
    public static List<Derivation> concludedBy(String rule, Object... facts) {
        return reason(List.of(facts)).conclusions().stream().filter(d -> d.rule().equals(rule)).toList();
    }

    /** The rules that fired at least once on these facts (their conclusions may since have been withdrawn). */
    public static Set<String> rulesFiredOn(Object... facts) {
        return reason(List.of(facts)).rulesFired().keySet();
    }

    /**
     * Asserts that {@code rule}, reasoning over these facts, concludes exactly {@code conclusion} once, resting on
     * all of them in the order given: the firing case of a rule test in one line.
     */
    public static void assertConcludes(String rule, Object conclusion, Object... facts) {
        assertThat(concludedBy(rule, facts)).usingRecursiveFieldByFieldElementComparator(EXACTLY)
                .containsExactly(derivation(conclusion, rule, facts));
    }

    /** The derivation a test expects: this conclusion, by this rule, resting on these facts in match order. */
    public static Derivation derivation(Object conclusion, String rule, Object... matched) {
        return new Derivation(conclusion, rule, List.of(matched));
    }
}
