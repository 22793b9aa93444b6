package org.incidentclassifier.pipeline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.incidentclassifier.engine.Derivation;
import org.incidentclassifier.verdict.AnalysedDocument;
import org.incidentclassifier.verdict.Verdict;

/**
 * Reports already analysed alone, grouped into incidents exactly as {@link Pipeline#regroup} groups them, but not
 * reasoned over: the analyst's desk reasons over each incident in a session it keeps open (engine.LiveSession)
 * and needs only the grouping.
 */
public final class ReportGroups {
    private ReportGroups() {
    }

    /**
     * One incident's reports in input order, the conclusions that joined them, and its reprints (a copy's id to
     * its original's), whose facts are not reasoned over again.
     */
    public record Group(List<AnalysedDocument> documents, List<Derivation> joinedBy, Map<String, String> reprints) {
        public Group {
            documents = List.copyOf(documents);
            joinedBy = List.copyOf(joinedBy);
            reprints = Map.copyOf(reprints);
        }

        /** The reports whose facts the incident is reasoned over with: all but the reprints, in input order. */
        public List<AnalysedDocument> sources() {
            return documents.stream().filter(d -> !reprints.containsKey(d.input().id())).toList();
        }
    }

    /** The incidents in the input order of their first reports, the grouping rules fired, and grouping errors. */
    public record Grouping(List<Group> groups, Map<String, Integer> rulesFired, List<Verdict.ErrorEntry> errors) {}

    /** Groups {@code analysed} (in input order) with {@code pipeline}'s rules, as {@code Pipeline.regroup} does. */
    public static Grouping of(Pipeline pipeline, List<AnalysedDocument> analysed) {
        List<Verdict.ErrorEntry> errors = new ArrayList<>();
        Partitions.Grouped grouped = Partitions.group(List.copyOf(analysed), false, errors, pipeline::reason);
        List<Group> groups = new ArrayList<>();
        for (Partitions.PartitionGroup g : grouped.groups()) {
            groups.add(new Group(g.group().documents(), g.group().joinedBy(), reprintsWithin(g)));
        }
        return new Grouping(groups, grouped.rulesFired(), errors);
    }

    /** The reprints whose copy and original are both in the group, as {@code Pipeline.reasonTogether} keeps them. */
    private static Map<String, String> reprintsWithin(Partitions.PartitionGroup g) {
        List<String> ids = g.group().documents().stream().map(d -> d.input().id()).toList();
        Map<String, String> reprints = new LinkedHashMap<>();
        g.reprintOf().forEach((copy, original) -> {
            if (ids.contains(copy) && ids.contains(original)) {
                reprints.put(copy, original);
            }
        });
        return reprints;
    }
}
