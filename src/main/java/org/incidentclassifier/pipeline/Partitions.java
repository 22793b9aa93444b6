package org.incidentclassifier.pipeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.incidentclassifier.verdict.AnalysedDocument;
import org.incidentclassifier.verdict.Verdict;

/**
 * Reports split by {@link BlockingKey} and grouped partition by partition: grouping, and the reprints that
 * follow their originals, never look across partitions, so a partition analysed alone (on another machine)
 * gives the incidents it gives here.
 */
final class Partitions {

    private Partitions() {
    }

    /** One incident's reports, with the reprints found in its partition. */
    record PartitionGroup(IncidentGrouping.Group group, Map<String, String> reprintOf) {}

    /** The groups of every partition, in the input order of their first reports, and the grouping rules fired. */
    record Grouped(List<PartitionGroup> groups, Map<String, Integer> rulesFired) {}

    /** The reports of each key, in input order; keys in the order their first reports came. */
    static Map<BlockingKey, List<AnalysedDocument>> split(List<AnalysedDocument> analysed) {
        Map<BlockingKey, List<AnalysedDocument>> byKey = new LinkedHashMap<>();
        for (AnalysedDocument d : analysed) {
            byKey.computeIfAbsent(BlockingKey.of(d), k -> new ArrayList<>()).add(d);
        }
        return byKey;
    }

    static Grouped group(List<AnalysedDocument> analysed, boolean separate, List<Verdict.ErrorEntry> errors,
                         IncidentGrouping.Session session) {
        Map<AnalysedDocument, Integer> position = new IdentityHashMap<>();
        for (int i = 0; i < analysed.size(); i++) {
            position.put(analysed.get(i), i);
        }
        List<PartitionGroup> groups = new ArrayList<>();
        Map<String, Integer> fired = new TreeMap<>();
        for (List<AnalysedDocument> partition : split(analysed).values()) {
            // reprints are looked for among the reports of incidents only, as the grouped stream does (it writes
            // the other reports at once and keeps nothing of them)
            Map<String, String> reprintOf = Reprints.find(partition.stream()
                    .filter(IncidentGrouping::describesIncident).map(AnalysedDocument::input).toList());
            IncidentGrouping grouping = new IncidentGrouping(session);
            grouping.group(partition, reprintOf, separate, errors)
                    .forEach(g -> groups.add(new PartitionGroup(g, reprintOf)));
            grouping.rulesFired().forEach((rule, n) -> fired.merge(rule, n, Integer::sum));
        }
        groups.sort(Comparator.comparingInt(g -> position.get(g.group().documents().get(0))));
        return new Grouped(groups, fired);
    }
}
