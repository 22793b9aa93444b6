package org.incidentclassifier.desk;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * What one report's arrival ({@code action} "added") or withdrawal ("withdrawn") changed in one incident:
 * whether the incident was opened, updated or closed, and, for each part of its verdict, the entries that are
 * new and those withdrawn, each as the verdict gives it (with its rule and evidence).
 */
public record IncidentChange(String incident, String report, String action, String state, Delta documents,
                             Delta types, Delta claims, Delta actors, Delta affiliations, Delta inconsistencies) {

    /** Entries of one part of the verdict that appeared ({@code new}) or went ({@code withdrawn}). */
    public record Delta(@JsonProperty("new") List<JsonNode> added, List<JsonNode> withdrawn) {
        static final Delta NONE = new Delta(List.of(), List.of());

        boolean isEmpty() {
            return added.isEmpty() && withdrawn.isEmpty();
        }
    }

    /** Whether nothing changed at all (the incident is neither opened, closed nor different). */
    boolean isEmpty() {
        return "updated".equals(state) && documents.isEmpty() && types.isEmpty() && claims.isEmpty()
                && actors.isEmpty() && affiliations.isEmpty() && inconsistencies.isEmpty();
    }
}
