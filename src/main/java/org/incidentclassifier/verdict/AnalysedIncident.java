package org.incidentclassifier.verdict;

import java.util.List;
import org.incidentclassifier.engine.Derivation;
import org.incidentclassifier.engine.Reasoning;

/**
 * One incident: the documents that report it, what the rules concluded from all their facts together, and
 * the grouping conclusions that joined the documents (empty for a single report).
 */
public record AnalysedIncident(List<AnalysedDocument> documents, Reasoning reasoning, List<Derivation> joinedBy) {
    public AnalysedIncident {
        documents = List.copyOf(documents);
        joinedBy = List.copyOf(joinedBy);
    }
}
