package org.incidentclassifier.ruletools;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.incidentclassifier.engine.Derivation;
import org.incidentclassifier.facts.Classification;
import org.incidentclassifier.facts.Evidenced;
import org.incidentclassifier.facts.NotAnIncident;

/**
 * Writes an {@link Explanation} for a person: the facts found per sentence, each rule that fired with the
 * facts it matched, how each conclusion came about, and the conclusions withdrawn when their support went away.
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

    /** @param descriptions each rule's {@code @description} by its {@code @id} */
    ExplanationWriter(Map<String, String> descriptions) {
        this.descriptions = Map.copyOf(descriptions);
    }

    void write(Explanation e, PrintWriter out) {
        out.println("== " + e.document() + " (" + e.path() + ")");
        out.println();
        facts(e, out);
        if (e.failure() != null) {
            out.println("The rules stopped: " + e.failure());
            out.println("No conclusions were drawn for this document.");
            out.println();
            return;
        }
        rules(e, out);
        conclusions(e, out);
        withdrawn(e, out);
    }

    /** One incident of several reports: which rules joined them, and the session that reasoned over them all. */
    void writeIncident(org.incidentclassifier.verdict.AnalysedIncident incident, PrintWriter out) {
        List<String> ids = incident.documents().stream().map(d -> d.input().id()).toList();
        out.println("== incident of " + ids.size() + " reports: " + String.join(", ", ids));
        out.println();
        out.println("Reports joined:");
        if (incident.joinedBy().isEmpty()) {
            out.println("  none by a rule (reprints follow the report they copy)");
        }
        for (Derivation d : incident.joinedBy()) {
            out.println("  " + FactWords.conclusion(d.conclusion()) + " by " + d.rule() + description(d.rule()));
        }
        incident.reprints().forEach((copy, original) -> out.println("  " + copy + " reprints " + original
                + ": one source, its facts are not reasoned over again"));
        out.println();
        out.println("The reports' facts reasoned over together:");
        out.println();
        org.incidentclassifier.facts.Document none = new org.incidentclassifier.facts.Document(ids.get(0), "-");
        Explanation e = new Explanation(String.join(" + ", ids), "-", List.of(),
                org.incidentclassifier.facts.DocumentFacts.empty(none), incident.reasoning(), null);
        rules(e, out);
        conclusions(e, out);
        withdrawn(e, out);
    }

    private void facts(Explanation e, PrintWriter out) {
        Map<Integer, List<Object>> bySentence = new TreeMap<>();
        for (Object fact : e.facts().all()) {
            if (fact instanceof Evidenced evidenced) {
                bySentence.computeIfAbsent(evidenced.evidence().sentence(), s -> new ArrayList<>()).add(fact);
            }
        }
        out.println("Facts found, by sentence (" + e.sentences().size() + " sentences, " + bySentence.size()
                + " with facts):");
        if (bySentence.isEmpty()) {
            out.println("  none: no lexicon word, name or figure was found");
        }
        bySentence.forEach((index, facts) -> {
            String sentence = index < e.sentences().size() ? ": " + e.sentences().get(index) : "";
            out.println("  sentence " + (index + 1) + sentence);
            facts.stream().sorted(Comparator.comparingInt((Object f) -> ((Evidenced) f).evidence().start()))
                    .forEach(f -> out.println("    " + FactWords.fact(f)));
        });
        out.println();
    }

    private void rules(Explanation e, PrintWriter out) {
        Map<String, Integer> fired = e.reasoning().rulesFired();
        out.println("Rules that fired:");
        if (fired.isEmpty()) {
            out.println("  none: no rule matched these facts");
        }
        Map<String, List<Derivation>> byRule = new LinkedHashMap<>();
        for (Derivation d : allDerivations(e)) {
            byRule.computeIfAbsent(d.rule(), r -> new ArrayList<>()).add(d);
        }
        for (String rule : new TreeMap<>(fired).keySet()) {
            int times = fired.get(rule);
            out.println("  " + rule + ", fired " + times + (times == 1 ? " time" : " times") + description(rule));
            List<Derivation> derivations = new ArrayList<>(byRule.getOrDefault(rule, List.of()));
            derivations.sort(BY_TEXT_ORDER.thenComparing(d -> matched(d.matched(), false)));
            for (Derivation d : derivations.subList(0, Math.min(SHOWN_MATCHES, derivations.size()))) {
                out.println("    on " + matched(d.matched(), false));
                out.println("      concluded " + FactWords.conclusion(d.conclusion())
                        + (e.reasoning().withdrawn().contains(d) ? " (later withdrawn)" : ""));
            }
            if (derivations.size() > SHOWN_MATCHES) {
                out.println("    and " + (derivations.size() - SHOWN_MATCHES) + " more matches");
            }
        }
        out.println();
    }

    private void conclusions(Explanation e, PrintWriter out) {
        out.println("Conclusions:");
        List<Derivation> standing = e.reasoning().conclusions();
        if (standing.isEmpty()) {
            out.println("  none: the verdict has no incident for this document");
        }
        Map<String, List<Derivation>> byConclusion = new LinkedHashMap<>();
        standing.stream().sorted(Comparator.comparing(ExplanationWriter::rank))
                .forEach(d -> byConclusion.computeIfAbsent(key(d.conclusion()), k -> new ArrayList<>()).add(d));
        byConclusion.forEach((conclusion, derivations) -> {
            out.println("  " + conclusion);
            Map<String, List<Derivation>> byRule = new LinkedHashMap<>();
            derivations.forEach(d -> byRule.computeIfAbsent(d.rule(), r -> new ArrayList<>()).add(d));
            byRule.forEach((rule, ds) -> out.println("    by " + rule + strength(ds.get(0).conclusion())
                    + (ds.size() == 1 ? "" : ", " + ds.size() + " matches")));
            List<Object> facts = derivations.stream().flatMap(d -> d.matched().stream()).distinct().toList();
            out.println("    resting on " + matched(facts, true));
        });
        if (standing.stream().anyMatch(d -> d.conclusion() instanceof NotAnIncident)) {
            out.println("  (classification rules do not fire while the document is concluded not to be an"
                    + " incident)");
        }
        out.println();
    }

    private void withdrawn(Explanation e, PrintWriter out) {
        out.println("Withdrawn conclusions:");
        if (e.reasoning().withdrawn().isEmpty()) {
            out.println("  none");
        }
        for (Derivation d : e.reasoning().withdrawn()) {
            out.println("  " + FactWords.conclusion(d.conclusion()));
            out.println("    concluded by " + d.rule() + " from " + matched(d.matched(), false) + ",");
            out.println("    " + withdrawal(e));
        }
        out.println();
    }

    /** Why a logical conclusion went away: usually a NotAnIncident that a rule concluded afterwards. */
    private static String withdrawal(Explanation e) {
        return e.reasoning().conclusions().stream().filter(d -> d.conclusion() instanceof NotAnIncident)
                .findFirst().map(d -> "withdrawn once " + d.rule() + " concluded that the document is not an"
                        + " incident")
                .orElse("withdrawn when the facts it rested on stopped holding");
    }

    private static List<Derivation> allDerivations(Explanation e) {
        List<Derivation> all = new ArrayList<>(e.reasoning().conclusions());
        all.addAll(e.reasoning().withdrawn());
        return all;
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

    private static String strength(Object conclusion) {
        return conclusion instanceof Classification c ? " (confidence " + c.getConfidence() + ")" : "";
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
