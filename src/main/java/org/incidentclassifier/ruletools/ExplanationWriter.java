package org.incidentclassifier.ruletools;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.incidentclassifier.engine.Derivation;
import org.incidentclassifier.engine.Reasoning;
import org.incidentclassifier.facts.Classification;
import org.incidentclassifier.facts.Evidenced;
import org.incidentclassifier.facts.Identity;
import org.incidentclassifier.facts.NotAnIncident;
import org.incidentclassifier.ruleset.DrlRule;
import org.incidentclassifier.verdict.AnalysedIncident;

/**
 * Puts an {@link Explanation} into words ({@link ExplainedReasoning}): the facts found per sentence, each rule
 * that fired with the facts it matched and its conditions on facts that were absent, how each conclusion came
 * about, and the conclusions withdrawn when their support went away. {@link ExplanationText} writes them for a
 * person; {@code --format json} writes the same record.
 */
final class ExplanationWriter {
    /** Matches shown per rule, and facts per list, before "and N more". */
    private static final int SHOWN_MATCHES = 3;
    private static final int SHOWN_FACTS = 8;

    /** Matches ordered by where their facts stand in the text, so that the output is the same on every run. */
    private static final Comparator<Derivation> BY_TEXT_ORDER = (a, b) -> {
        List<Integer> pa = facts(a.matched()).stream().map(ExplanationWriter::position).sorted().toList();
        List<Integer> pb = facts(b.matched()).stream().map(ExplanationWriter::position).sorted().toList();
        for (int i = 0; i < Math.min(pa.size(), pb.size()); i++) {
            int c = Integer.compare(pa.get(i), pb.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(pa.size(), pb.size());
    };

    private final Map<String, String> descriptions;
    private final Map<String, List<DrlRule.Condition>> conditions;
    private final boolean identities;

    /**
     * @param descriptions each rule's {@code @description} by its {@code @id}
     * @param conditions   each rule's conditions over no single fact, by its {@code @id}
     * @param identities   whether to list identities of an actor with itself (every actor is the same as itself)
     */
    ExplanationWriter(Map<String, String> descriptions, Map<String, List<DrlRule.Condition>> conditions,
                      boolean identities) {
        this.descriptions = Map.copyOf(descriptions);
        this.conditions = Map.copyOf(conditions);
        this.identities = identities;
    }

    /** One report's reasoning in words. */
    ExplainedReasoning words(Explanation e) {
        List<ExplainedReasoning.SentenceFacts> facts = sentenceFacts(e);
        if (e.failure() != null) {
            return new ExplainedReasoning("document", e.document(), e.path(), null, e.sentences().size(), facts,
                    e.failure(), List.of(), List.of(), List.of());
        }
        return new ExplainedReasoning("document", e.document(), e.path(), null, e.sentences().size(), facts, null,
                rules(e.reasoning()), conclusions(e.reasoning()), withdrawn(e.reasoning()));
    }

    /** One incident of several reports: which rules joined them, and the session that reasoned over them all. */
    ExplainedReasoning words(AnalysedIncident incident) {
        List<String> ids = incident.documents().stream().map(d -> d.input().id()).toList();
        List<String> joined = new ArrayList<>();
        for (Derivation d : incident.joinedBy()) {
            joined.add(FactWords.conclusion(d.conclusion()) + " by " + d.rule() + description(d.rule()));
        }
        incident.reprints().forEach((copy, original) -> joined.add(copy + " reprints " + original
                + ": one source, its facts are not reasoned over again"));
        Reasoning r = incident.reasoning();
        return new ExplainedReasoning("incident", String.join(" + ", ids), "-", joined, null, null, null, rules(r),
                conclusions(r), withdrawn(r));
    }

    private static List<ExplainedReasoning.SentenceFacts> sentenceFacts(Explanation e) {
        Map<Integer, List<Object>> bySentence = new TreeMap<>();
        for (Object fact : e.facts().all()) {
            if (fact instanceof Evidenced evidenced) {
                bySentence.computeIfAbsent(evidenced.evidence().sentence(), s -> new ArrayList<>()).add(fact);
            }
        }
        List<ExplainedReasoning.SentenceFacts> facts = new ArrayList<>();
        bySentence.forEach((index, list) -> facts.add(new ExplainedReasoning.SentenceFacts(index + 1,
                index < e.sentences().size() ? e.sentences().get(index) : null,
                list.stream().sorted(Comparator.comparingInt(ExplanationWriter::position)).map(FactWords::fact)
                        .toList())));
        return facts;
    }

    private List<ExplainedReasoning.RuleFiring> rules(Reasoning reasoning) {
        Map<String, List<Derivation>> byRule = new LinkedHashMap<>();
        List<Derivation> all = new ArrayList<>(reasoning.conclusions());
        all.addAll(reasoning.withdrawn());
        all.forEach(d -> byRule.computeIfAbsent(d.rule(), r -> new ArrayList<>()).add(d));
        List<ExplainedReasoning.RuleFiring> rules = new ArrayList<>();
        for (Map.Entry<String, Integer> fired : new TreeMap<>(reasoning.rulesFired()).entrySet()) {
            String rule = fired.getKey();
            List<Derivation> derivations = new ArrayList<>(byRule.getOrDefault(rule, List.of()));
            int hidden = (int) derivations.stream().filter(this::hidden).count();
            derivations.removeIf(this::hidden);
            derivations.sort(BY_TEXT_ORDER.thenComparing(d -> matched(d.matched(), false)));
            List<ExplainedReasoning.Match> matches = derivations.stream().limit(SHOWN_MATCHES)
                    .map(d -> new ExplainedReasoning.Match(matched(d.matched(), false),
                            FactWords.conclusion(d.conclusion()), reasoning.withdrawn().contains(d)))
                    .toList();
            rules.add(new ExplainedReasoning.RuleFiring(rule, descriptions.getOrDefault(rule, ""), fired.getValue(),
                    because(rule), matches, Math.max(0, derivations.size() - SHOWN_MATCHES), hidden));
        }
        return rules;
    }

    /** A rule's conditions over no single fact, as a reason: "because there was no NotAnIncident( ... )". */
    private List<String> because(String rule) {
        return conditions.getOrDefault(rule, List.of()).stream().map(c -> switch (c.kind()) {
            case NOT -> "because there was no " + c.text().replaceFirst("^not\\s*", "");
            case EXISTS -> "because there was some " + c.text().replaceFirst("^exists\\s*", "");
            case ACCUMULATE -> "with the figure " + c.text();
        }).toList();
    }

    private List<ExplainedReasoning.Conclusion> conclusions(Reasoning reasoning) {
        Map<String, List<Derivation>> byConclusion = new LinkedHashMap<>();
        reasoning.conclusions().stream().filter(d -> !hidden(d)).sorted(Comparator.comparing(ExplanationWriter::rank))
                .forEach(d -> byConclusion.computeIfAbsent(key(d.conclusion()), k -> new ArrayList<>()).add(d));
        List<ExplainedReasoning.Conclusion> conclusions = new ArrayList<>();
        byConclusion.forEach((conclusion, derivations) -> {
            Map<String, List<Derivation>> byRule = new LinkedHashMap<>();
            derivations.forEach(d -> byRule.computeIfAbsent(d.rule(), r -> new ArrayList<>()).add(d));
            List<ExplainedReasoning.ConcludedBy> by = new ArrayList<>();
            byRule.forEach((rule, ds) -> by.add(new ExplainedReasoning.ConcludedBy(rule,
                    ds.get(0).conclusion() instanceof Classification c ? c.getConfidence() : null, ds.size())));
            List<Object> facts = derivations.stream().flatMap(d -> d.matched().stream()).distinct().toList();
            conclusions.add(new ExplainedReasoning.Conclusion(conclusion, by, matched(facts, true)));
        });
        return conclusions;
    }

    private List<ExplainedReasoning.Withdrawal> withdrawn(Reasoning reasoning) {
        String why = reasoning.conclusions().stream().filter(d -> d.conclusion() instanceof NotAnIncident)
                .findFirst().map(d -> "withdrawn once " + d.rule() + " concluded that the document is not an"
                        + " incident")
                .orElse("withdrawn when the facts it rested on stopped holding");
        return reasoning.withdrawn().stream().filter(d -> !hidden(d))
                .map(d -> new ExplainedReasoning.Withdrawal(FactWords.conclusion(d.conclusion()), d.rule(),
                        matched(d.matched(), false), why))
                .toList();
    }

    /** An identity of an actor with itself: true of every actor, so it says nothing unless asked for. */
    private boolean hidden(Derivation d) {
        return !identities && d.conclusion() instanceof Identity i && i.actorId().equals(i.sameAs());
    }

    private String description(String rule) {
        String description = descriptions.get(rule);
        return description == null || description.isEmpty() ? "" : ": " + description;
    }

    /**
     * Facts in words, Drools' own bookkeeping objects left out: in the order of the rule's patterns, or
     * ({@code inTextOrder}) in the order they appear in the text.
     */
    private static String matched(List<Object> matched, boolean inTextOrder) {
        List<Object> facts = facts(matched);
        if (inTextOrder) {
            facts = facts.stream().sorted(Comparator.comparingInt(ExplanationWriter::position)).toList();
        }
        if (facts.isEmpty()) {
            return "no facts";
        }
        String shown = facts.stream().limit(SHOWN_FACTS).map(FactWords::matched).collect(Collectors.joining(", "));
        return facts.size() > SHOWN_FACTS ? shown + " and " + (facts.size() - SHOWN_FACTS) + " more facts" : shown;
    }

    private static List<Object> facts(List<Object> matched) {
        return matched.stream().filter(f -> !f.getClass().getName().startsWith("org.drools.")).toList();
    }

    private static int position(Object fact) {
        return fact instanceof Evidenced e ? e.evidence().start() : -1;
    }

    /** Conclusions grouped as the verdict groups them: one line per incident type, one per other conclusion. */
    private static String key(Object conclusion) {
        if (conclusion instanceof Classification c) {
            return "incident type " + c.getType();
        }
        return FactWords.conclusion(conclusion);
    }

    /** Not-an-incident first, then types by confidence, then the rest. */
    private static String rank(Derivation d) {
        if (d.conclusion() instanceof NotAnIncident) {
            return "0";
        }
        if (d.conclusion() instanceof Classification c) {
            return "1" + String.format("%.3f", 1 - c.getConfidence()) + c.getType();
        }
        return "2" + FactWords.conclusion(d.conclusion());
    }
}
