package org.incidentclassifier.verdict;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import org.incidentclassifier.facts.Evidence;

/**
 * The JSON verdict, schema version 1 (documented in docs/verdict.md). Field names are a contract: later
 * versions add fields, never rename or remove them.
 */
@JsonPropertyOrder({"schemaVersion", "documents", "incidents", "rulesFired", "errors"})
public record Verdict(String schemaVersion, List<DocumentEntry> documents, List<IncidentEntry> incidents,
                      List<RuleCount> rulesFired, List<ErrorEntry> errors) {
    public static final String SCHEMA_VERSION = "1";

    /** An input document: where it came from, its digest, its incident (or null) and the repairs made to its text. */
    public record DocumentEntry(String id, String path, String sha256, String incident, String encoding,
                                List<RepairEntry> repairs) {}

    /** A repair made to the text before analysis, with offsets into the original text. */
    public record RepairEntry(String kind, int start, int end, String original, String replacement) {}

    /** One incident reported by one or more documents. */
    public record IncidentEntry(String id, List<String> documents, List<TypeEntry> types, Location location,
                                List<ActorEntry> actors, List<ClaimEntry> claims,
                                List<InconsistencyEntry> inconsistencies) {}

    /** An incident type with its confidence, the rule that decided it and the evidence the rule matched. */
    public record TypeEntry(String type, double confidence, String rule, List<Evidence> evidence) {}

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Location(String place, String country) {}

    public record ActorEntry(String id, String name, List<String> aliases, String kind, String country,
                             List<String> roles, List<AffiliationEntry> affiliations, List<Evidence> evidence) {}

    public record AffiliationEntry(String relation, String target, String status, String rule,
                                   List<Evidence> evidence) {}

    /** A figure one source gives, with who says it and how firmly. */
    public record ClaimEntry(String id, String subject, String status, Integer value, Integer min, Integer max,
                             boolean approx, SourceEntry source, String stance, String document,
                             List<BreakdownEntry> breakdown, List<Evidence> evidence) {}

    public record SourceEntry(String name, String kind, String via) {}

    public record BreakdownEntry(String country, Integer value) {}

    /** Claims that cannot all be true. */
    public record InconsistencyEntry(String id, String kind, String severity, String explanation,
                                     List<String> claims, String rule) {}

    public record RuleCount(String rule, int count) {}

    /** An input that yielded no verdict, and why; the batch goes on without it. */
    public record ErrorEntry(String path, String document, String problem, String message) {}
}
