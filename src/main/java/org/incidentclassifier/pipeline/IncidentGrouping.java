package org.incidentclassifier.pipeline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.incidentclassifier.engine.Derivation;
import org.incidentclassifier.engine.Reasoning;
import org.incidentclassifier.engine.RuleFailure;
import org.incidentclassifier.facts.Classification;
import org.incidentclassifier.facts.IncidentReport;
import org.incidentclassifier.facts.SameIncident;
import org.incidentclassifier.verdict.AnalysedDocument;
import org.incidentclassifier.verdict.Verdict;

/**
 * Groups the reports that describe an incident: the rules in rules/incidents/ conclude which reports are
 * about the same incident ({@link SameIncident}); reports joined directly or through others form one group.
 */
final class IncidentGrouping {
    /** One rule session; the pipeline supplies it with its background facts. */
    @FunctionalInterface
    interface Session {
        Reasoning reason(List<Object> facts) throws RuleFailure;
    }

    /** Reports of one incident, in input order, and the conclusions that joined them. */
    record Group(List<AnalysedDocument> documents, List<Derivation> joinedBy) {}

    private final Session session;
    private java.util.Map<String, Integer> rulesFired = java.util.Map.of();

    IncidentGrouping(Session session) {
        this.session = session;
    }

    List<Group> group(List<AnalysedDocument> analysed, boolean separate, List<Verdict.ErrorEntry> errors) {
        List<AnalysedDocument> incidents = analysed.stream()
                .filter(d -> !d.reasoning().of(Classification.class).isEmpty()).toList();
        if (separate || incidents.size() < 2) {
            return incidents.stream().map(d -> new Group(List.of(d), List.of())).toList();
        }
        List<Object> facts = new ArrayList<>();
        for (AnalysedDocument d : incidents) {
            facts.add(new IncidentReport(d.input().id()));
            facts.addAll(d.facts().places());
            facts.addAll(d.facts().actors());
        }
        List<Derivation> joins;
        try {
            Reasoning reasoning = session.reason(facts);
            rulesFired = reasoning.rulesFired();
            joins = reasoning.of(SameIncident.class);
        } catch (RuleFailure failure) {
            errors.add(new Verdict.ErrorEntry("-", null, "RULE_FAILED", "grouping reports: " + failure.getMessage()));
            joins = List.of();
        }
        return unite(incidents, joins);
    }

    /** How often each grouping rule fired in the last {@link #group} call. */
    java.util.Map<String, Integer> rulesFired() {
        return rulesFired;
    }

    /** Union-find over the joins; groups keep the order of their first report. */
    private static List<Group> unite(List<AnalysedDocument> incidents, List<Derivation> joins) {
        Map<String, String> parent = new LinkedHashMap<>();
        incidents.forEach(d -> parent.put(d.input().id(), d.input().id()));
        for (Derivation j : joins) {
            SameIncident same = (SameIncident) j.conclusion();
            String a = root(parent, same.getDocument());
            String b = root(parent, same.getOtherDocument());
            if (!a.equals(b)) {
                parent.put(b, a);
            }
        }
        Map<String, List<AnalysedDocument>> byRoot = new LinkedHashMap<>();
        for (AnalysedDocument d : incidents) {
            byRoot.computeIfAbsent(root(parent, d.input().id()), k -> new ArrayList<>()).add(d);
        }
        List<Group> groups = new ArrayList<>();
        for (List<AnalysedDocument> docs : byRoot.values()) {
            List<String> ids = docs.stream().map(d -> d.input().id()).toList();
            List<Derivation> joinedBy = joins.stream().filter(j -> ids.contains(((SameIncident) j.conclusion()).getDocument()))
                    .toList();
            groups.add(new Group(docs, joinedBy));
        }
        return groups;
    }

    private static String root(Map<String, String> parent, String id) {
        String r = id;
        while (!parent.get(r).equals(r)) {
            r = parent.get(r);
        }
        return r;
    }
}
