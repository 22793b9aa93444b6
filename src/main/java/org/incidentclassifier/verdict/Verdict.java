package org.incidentclassifier.verdict;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import org.incidentclassifier.facts.Evidence;

/**
 * The JSON verdict, schema version 1 (documented in docs/verdict.md, JSON Schema in
 * docs/verdict.schema.json). Field names are a contract: later versions add fields, never rename or remove
 * them.
 */
@JsonPropertyOrder({"schemaVersion", "provenance", "documents", "incidents", "rulesFired", "errors"})
public record Verdict(String schemaVersion, @JsonInclude(JsonInclude.Include.NON_NULL) Provenance provenance,
                      List<DocumentEntry> documents, List<IncidentEntry> incidents,
                      List<RuleCount> rulesFired, List<ErrorEntry> errors) {
    public static final String SCHEMA_VERSION = "1";

    /**
     * What produced the verdict: the tool and its version ("development build" when run from the build's
     * classes, not the jar), and the rules used.
     */
    public record Provenance(String tool, String toolVersion, RulesEntry rules) {
        /** The provenance of a verdict made with these rules by this build of the tool. */
        public static Provenance of(org.incidentclassifier.ruleset.RuleFiles files) {
            String version = Verdict.class.getPackage().getImplementationVersion();
            return new Provenance("incident-classifier", version == null ? "development build" : version,
                    new RulesEntry(files.isBuiltIn() ? "built-in" : "directory", files.isBuiltIn() ? null : files.origin(),
                            files.digest(), files.files().size()));
        }
    }

    /**
     * The rules a verdict was made with: {@code source} is {@code directory} (then {@code path} is the directory
     * as given on the command line, or {@code rules} for ./rules) or {@code built-in} (the rules packaged in the
     * jar; {@code path} null); {@code digest} is the SHA-256 of the rule set's files (see RuleFiles.digest),
     * {@code files} their number.
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record RulesEntry(String source, String path, String digest, int files) {}

    /**
     * An input document: where it came from, its digest, the date it gives for itself (or null), its incident
     * (or null), the repairs made to its text, and the document it reprints (or null): a near-copy of an earlier
     * input is one source with it, so its claims are not reasoned over a second time.
     */
    public record DocumentEntry(String id, String path, String sha256, String date, String incident,
                                String encoding, List<RepairEntry> repairs, String reprintOf,
                                @JsonInclude(JsonInclude.Include.NON_NULL) String source,
                                @JsonInclude(JsonInclude.Include.NON_NULL) String url) {
        /** This document as part of another incident id. */
        public DocumentEntry withIncident(String newIncident) {
            return new DocumentEntry(id, path, sha256, date, newIncident, encoding, repairs, reprintOf, source, url);
        }
    }

    /** A repair made to the text before analysis, with offsets into the original text. */
    public record RepairEntry(String kind, int start, int end, String original, String replacement) {}

    /**
     * One incident reported by one or more documents; {@code joinedBy} says which rules put the reports
     * together, {@code quantities} gathers the figures of each quantity (subject and status).
     */
    public record IncidentEntry(String id, List<String> documents, List<TypeEntry> types,
                                List<TargetTypeEntry> targetTypes, Location location, DateEntry date,
                                ResponsibilityEntry responsibility, List<ActorEntry> actors, List<ClaimEntry> claims,
                                List<InconsistencyEntry> inconsistencies, List<JoinEntry> joinedBy,
                                List<QuantityEntry> quantities) {
        /** This incident under another id (the desk's own incident ids). */
        public IncidentEntry withId(String newId) {
            return new IncidentEntry(newId, documents, types, targetTypes, location, date, responsibility, actors, claims,
                    inconsistencies, joinedBy, quantities);
        }
    }

    /**
     * Every figure for one quantity (say hostages killed), with a low/best/high estimate as UCDP gives one:
     * low and high are the smallest and largest figures, best the one {@code bestBasis} chose (the latest
     * update, else the most credible figure); {@code latest} is the figure that updates the others, or null.
     */
    public record QuantityEntry(String subject, String status, List<FigureEntry> figures, Integer low, Integer best,
                                Integer high, String bestClaim, String bestBasis, String latest,
                                List<String> inconsistencies) {}

    /** One figure of a quantity: its claim, document, source, stance, grade, timing and what it updates. */
    public record FigureEntry(String claim, String document, Integer value, Integer min, Integer max, String source,
                              String sourceKind, String stance, String date, Integer credibility, String timing,
                              List<String> updates) {}

    /** An incident type with its confidence, the rule that decided it and the evidence the rule matched. */
    public record TypeEntry(String type, double confidence, String rule, List<Evidence> evidence) {}

    /** A Global Terrorism Database target type with its code, the rule that found it and the evidence. */
    public record TargetTypeEntry(String type, int code, String label, String rule, List<Evidence> evidence) {}

    /**
     * When the incident happened: {@code from} .. {@code to} (ISO yyyy-MM-dd, inclusive; equal for one day, a
     * whole month when the text gives only that), read as {@code basis} says, chosen by {@code rule} from the
     * evidence (the date words and the event words of their sentence). {@code otherDates} are the other days
     * the reports give for an event of the incident: later days of a long incident, or a disagreement.
     */
    public record DateEntry(String from, String to, String basis, String rule, List<Evidence> evidence,
                            List<OtherDateEntry> otherDates) {}

    /**
     * Who claimed the incident, as the reports say: {@code status} is {@code CLAIMED} (a group claims it, or says it
     * holds the hostages), {@code DENIED} (a named group denies it or has not claimed it) or {@code NOT_CLAIMED} (no
     * one has claimed it), the strongest any rule concluded; {@code rule} and {@code evidence} say why. The
     * incident's field is null when the reports say nothing of it.
     */
    public record ResponsibilityEntry(String status, String rule, List<Evidence> evidence) {}

    /** Another day a report gives for an event of the incident, with the rule that noted it and the evidence. */
    public record OtherDateEntry(String from, String to, String basis, String rule, List<Evidence> evidence) {}

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Location(String place, String country) {}

    /**
     * An actor, with the names it goes by; {@code merged} lists the other actors the rules found to be the
     * same one, and {@code roleBasis} the rule and evidence behind each role.
     */
    public record ActorEntry(String id, String name, List<String> aliases, String kind, String country,
                             List<String> roles, List<AffiliationEntry> affiliations, List<MergeEntry> merged,
                             List<RoleEntry> roleBasis, List<Evidence> evidence) {}

    public record AffiliationEntry(String relation, String target, String targetName, String status, String rule,
                                   List<Evidence> evidence) {}

    public record MergeEntry(String id, String name, String rule, List<Evidence> evidence) {}

    public record RoleEntry(String role, String rule, List<Evidence> evidence) {}

    /** A figure one source gives, with who says it and how firmly, and the grade that follows. */
    public record ClaimEntry(String id, String subject, String status, Integer value, Integer min, Integer max,
                             boolean approx, boolean part, SourceEntry source, String stance, String document,
                             List<BreakdownEntry> breakdown, GradeEntry grade, List<String> corroboratedBy,
                             List<Evidence> evidence) {}

    public record SourceEntry(String name, String kind, String via) {}

    public record BreakdownEntry(String country, Integer value) {}

    /** Reliability A..F and credibility 1..6 (NATO/Admiralty style), from lexicon/credibility.csv. */
    public record GradeEntry(String reliability, int credibility, String reason, String rule) {}

    /** Claims that cannot all be true, and the documents they come from; {@code severityReason} says why that severity. */
    public record InconsistencyEntry(String id, String kind, String severity, String severityReason, String explanation,
                                     List<String> claims, String rule, List<String> documents,
                                     List<Evidence> evidence) {}

    /** Two reports joined into one incident by a grouping rule. */
    public record JoinEntry(List<String> documents, String rule, List<Evidence> evidence) {}

    public record RuleCount(String rule, int count) {}

    /** An input that yielded no verdict, and why; the batch goes on without it. */
    public record ErrorEntry(String path, String document, String problem, String message) {}
}
