package org.incidentclassifier.pipeline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.incidentclassifier.engine.RuleFailure;
import org.incidentclassifier.verdict.AnalysedDocument;
import org.incidentclassifier.verdict.AnalysedIncident;
import org.incidentclassifier.verdict.Verdict;

/** One incident reasoned over (its reports' facts together), or the error records of its reports when a rule failed. */
record IncidentOutcome(Optional<AnalysedIncident> incident, List<Verdict.ErrorEntry> errors) {

    /**
     * Reasons over the reports of one incident together; a reprint whose original is in the group adds no facts
     * (one source, reasoned over once), and an incident of one source keeps that report's own reasoning.
     */
    static IncidentOutcome reason(Pipeline pipeline, IncidentGrouping.Group group, Map<String, String> reprintOf) {
        List<String> ids = group.documents().stream().map(d -> d.input().id()).toList();
        Map<String, String> reprints = new LinkedHashMap<>();
        reprintOf.forEach((copy, original) -> {
            if (ids.contains(copy) && ids.contains(original)) {
                reprints.put(copy, original);
            }
        });
        List<AnalysedDocument> sources = group.documents().stream()
                .filter(d -> !reprints.containsKey(d.input().id())).toList();
        if (sources.size() == 1) {
            return new IncidentOutcome(Optional.of(new AnalysedIncident(group.documents(), sources.get(0).reasoning(),
                    group.joinedBy(), reprints)), List.of());
        }
        List<Object> facts = new ArrayList<>();
        sources.forEach(d -> facts.addAll(d.facts().all()));
        try {
            return new IncidentOutcome(Optional.of(new AnalysedIncident(group.documents(), pipeline.reason(facts),
                    group.joinedBy(), reprints)), List.of());
        } catch (RuleFailure failure) {
            return new IncidentOutcome(Optional.empty(), group.documents().stream().map(d -> new Verdict.ErrorEntry(
                    d.input().path(), d.input().id(), "RULE_FAILED", failure.getMessage())).toList());
        }
    }

    /** What stands for an incident whose reasoning threw: an error record for each of its reports. */
    static IncidentOutcome crashed(IncidentGrouping.Group group, Throwable cause) {
        return new IncidentOutcome(Optional.empty(), group.documents().stream()
                .map(d -> ReportOutcome.analysisFailed(d.input().path(), d.input().id(), cause)).toList());
    }
}
