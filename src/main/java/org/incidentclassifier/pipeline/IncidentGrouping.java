package org.incidentclassifier.pipeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.incidentclassifier.engine.Derivation;
import org.incidentclassifier.engine.Reasoning;
import org.incidentclassifier.engine.RuleFailure;
import org.incidentclassifier.facts.Classification;
import org.incidentclassifier.facts.IncidentSignature;
import org.incidentclassifier.facts.SameIncident;
import org.incidentclassifier.verdict.AnalysedDocument;
import org.incidentclassifier.verdict.Verdict;

/**
 * Groups the reports that describe an incident. Each report's {@link IncidentSignature} is compared, by the
 * rules in rules/incidents/, only with reports of the groups it shares a blocking key with (country, site or
 * place), and within a group only with a few representatives (the first and the latest reports), so the cost
 * grows with the number of reports times the groups they could join, never with all pairs. A report joins the
 * group the rules join it to most often; it merges two groups only when it joins both on strong evidence and
 * their reports are not dated weeks apart, so weak links do not chain unrelated incidents. Reprints follow the report they copy.
 */
final class IncidentGrouping {
    /** Reports of a group a new report is compared with: this many first ones and this many latest ones. */
    static final int REPRESENTATIVES = 4;

    /** One rule session; the pipeline supplies it with its background facts. */
    @FunctionalInterface
    interface Session {
        Reasoning reason(List<Object> facts) throws RuleFailure;
    }

    /** Reports of one incident, in input order, and the conclusions that joined them. */
    record Group(List<AnalysedDocument> documents, List<Derivation> joinedBy) {}

    private final Session session;
    private final Map<String, Integer> rulesFired = new java.util.TreeMap<>();
    private final List<Cluster> clusters = new ArrayList<>();
    private final Map<String, List<Cluster>> byKey = new HashMap<>();
    private final Map<String, Cluster> clusterOf = new HashMap<>();

    IncidentGrouping(Session session) {
        this.session = session;
    }

    /** A group being built: its reports, their signatures, the joins. */
    static final class Cluster {
        final List<AnalysedDocument> documents = new ArrayList<>();
        final List<IncidentSignature> signatures = new ArrayList<>();
        final List<Derivation> joins = new ArrayList<>();
        Cluster mergedInto;

        Cluster live() {
            Cluster c = this;
            while (c.mergedInto != null) {
                c = c.mergedInto;
            }
            return c;
        }

        /** The group's reports in input order ({@code inputOrder}: the reports grouped, in input order). */
        Group group(List<AnalysedDocument> inputOrder) {
            Set<AnalysedDocument> mine = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
            mine.addAll(documents);
            return new Group(inputOrder.stream().filter(mine::contains).toList(), joins);
        }

        List<AnalysedDocument> documents() {
            return documents;
        }

        List<IncidentSignature> signatures() {
            return signatures;
        }

        List<IncidentSignature> representatives() {
            int n = signatures.size();
            if (n <= 2 * REPRESENTATIVES) {
                return signatures;
            }
            List<IncidentSignature> some = new ArrayList<>(signatures.subList(0, REPRESENTATIVES));
            some.addAll(signatures.subList(n - REPRESENTATIVES, n));
            return some;
        }
    }

    List<Group> group(List<AnalysedDocument> analysed, Map<String, String> reprintOf, boolean separate,
                      List<Verdict.ErrorEntry> errors) {
        List<AnalysedDocument> incidents = analysed.stream()
                .filter(IncidentGrouping::describesIncident).toList();
        if (separate) {
            return incidents.stream().map(d -> new Group(List.of(d), List.of())).toList();
        }
        incidents.forEach(d -> add(d, reprintOf.get(d.input().id()), errors));
        return open().stream().map(c -> c.group(incidents)).toList();
    }

    /** Only reports the rules found an incident in are grouped; the others stand alone. */
    static boolean describesIncident(AnalysedDocument d) {
        return !d.reasoning().of(Classification.class).isEmpty();
    }

    /**
     * Groups one more report (reports come in input order): it joins the group the rules join it to most often,
     * or opens one. {@code original} is the earlier report it reprints, or null. Returns its group.
     */
    Cluster add(AnalysedDocument d, String original, List<Verdict.ErrorEntry> errors) {
        if (original != null && clusterOf.containsKey(original)) {
            Cluster home = clusterOf.get(original).live();
            home.documents.add(d); // a reprint is one source with its original: it follows it
            clusterOf.put(d.input().id(), home);
            return home;
        }
        IncidentSignature signature = IncidentSignatures.of(d);
        List<String> keys = IncidentSignatures.blockingKeys(signature);
        Set<Cluster> candidates = new LinkedHashSet<>();
        keys.forEach(k -> byKey.getOrDefault(k, List.of()).forEach(c -> candidates.add(c.live())));
        Map<Cluster, List<Derivation>> joined = joins(signature, candidates, errors);
        // weak links never chain: a report with a strong join ignores its weak ones, and a report joined only
        // weakly joins one group and merges none
        boolean strong = joined.values().stream().flatMap(List::stream).anyMatch(j -> !weak(j));
        if (strong) {
            joined.values().removeIf(js -> js.stream().allMatch(IncidentGrouping::weak));
        }
        Cluster home = joined.entrySet().stream().max(Map.Entry.comparingByValue(
                java.util.Comparator.comparingInt(List::size))).map(Map.Entry::getKey).orElse(null);
        if (home == null) {
            home = new Cluster();
            clusters.add(home);
        }
        home.documents.add(d);
        home.signatures.add(signature);
        home.joins.addAll(joined.getOrDefault(home, List.of()));
        for (Map.Entry<Cluster, List<Derivation>> other : joined.entrySet()) {
            if (strong && other.getKey() != home && !conflict(home, other.getKey())) {
                merge(other.getKey(), home, other.getValue());
            }
        }
        clusterOf.put(d.input().id(), home);
        for (String k : keys) {
            List<Cluster> list = byKey.computeIfAbsent(k, x -> new ArrayList<>());
            if (!list.contains(home)) {
                list.add(home);
            }
        }
        return home;
    }

    /** The groups still open, in the order they were opened. */
    List<Cluster> open() {
        return clusters.stream().filter(c -> c.mergedInto == null).toList();
    }

    /**
     * Closes a group: no later report is compared with it or follows it, and it keeps nothing of its reports
     * here, so memory holds only the open groups.
     */
    void close(Cluster closing) {
        Cluster group = closing.live();
        clusters.removeIf(c -> c.live() == group);
        for (AnalysedDocument d : group.documents) {
            clusterOf.remove(d.input().id());
        }
        for (IncidentSignature s : group.signatures) {
            for (String k : IncidentSignatures.blockingKeys(s)) {
                List<Cluster> list = byKey.get(k);
                if (list != null) {
                    list.removeIf(c -> c.live() == group);
                    if (list.isEmpty()) {
                        byKey.remove(k);
                    }
                }
            }
        }
    }

    /** How often each grouping rule fired in the last {@link #group} call. */
    Map<String, Integer> rulesFired() {
        return rulesFired;
    }

    /** One session: the new report against the representatives of each candidate group. */
    private Map<Cluster, List<Derivation>> joins(IncidentSignature signature, Set<Cluster> candidates,
                                                 List<Verdict.ErrorEntry> errors) {
        Map<Cluster, List<Derivation>> joined = new LinkedHashMap<>();
        if (candidates.isEmpty()) {
            return joined;
        }
        List<Object> facts = new ArrayList<>();
        facts.add(signature.joining(true));
        candidates.forEach(c -> facts.addAll(c.representatives()));
        try {
            Reasoning reasoning = session.reason(facts);
            reasoning.rulesFired().forEach((rule, n) -> {
                if (rule.startsWith("same-incident")) {
                    rulesFired.merge(rule, n, Integer::sum);
                }
            });
            for (Derivation j : reasoning.of(SameIncident.class)) {
                Cluster c = clusterOf.get(((SameIncident) j.conclusion()).getDocument()).live();
                joined.computeIfAbsent(c, k -> new ArrayList<>()).add(j);
            }
        } catch (RuleFailure failure) {
            errors.add(new Verdict.ErrorEntry("-", signature.document(), "RULE_FAILED",
                    "grouping reports: " + failure.getMessage()));
        }
        return joined;
    }

    private static boolean weak(Derivation join) {
        return ((SameIncident) join.conclusion()).isWeak();
    }

    /** Two groups whose reports are dated weeks apart are two incidents, whatever links them. */
    private static boolean conflict(Cluster a, Cluster b) {
        for (IncidentSignature x : a.representatives()) {
            for (IncidentSignature y : b.representatives()) {
                if (x.datesConflict(y)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static void merge(Cluster from, Cluster into, List<Derivation> link) {
        into.documents.addAll(from.documents);
        into.signatures.addAll(from.signatures);
        into.joins.addAll(from.joins);
        into.joins.addAll(link);
        from.mergedInto = into;
    }
}
