package org.incidentclassifier.verdict;

import java.util.List;
import org.incidentclassifier.engine.Derivation;
import org.incidentclassifier.engine.Reasoning;

/**
 * One incident: the documents that report it, what the rules concluded from all their facts together, the
 * grouping conclusions that joined the documents (empty for a single report), and the reprints among the
 * documents (a reprint's id to the id of the document it copies), whose facts were not reasoned over again.
 */
public record AnalysedIncident(List<AnalysedDocument> documents, Reasoning reasoning, List<Derivation> joinedBy,
                               java.util.Map<String, String> reprints) {
    public AnalysedIncident {
        documents = List.copyOf(documents);
        joinedBy = List.copyOf(joinedBy);
        reprints = java.util.Map.copyOf(reprints);
    }

    public AnalysedIncident(List<AnalysedDocument> documents, Reasoning reasoning, List<Derivation> joinedBy) {
        this(documents, reasoning, joinedBy, java.util.Map.of());
    }
}
