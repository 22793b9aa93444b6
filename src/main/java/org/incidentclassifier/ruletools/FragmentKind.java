package org.incidentclassifier.ruletools;

import java.util.List;
import java.util.Optional;
import org.incidentclassifier.facts.ActorKind;
import org.incidentclassifier.facts.ClaimStatus;
import org.incidentclassifier.facts.InconsistencyKind;
import org.incidentclassifier.facts.IncidentType;
import org.incidentclassifier.facts.Severity;
import org.incidentclassifier.facts.SourceKind;
import org.incidentclassifier.facts.Stance;
import org.incidentclassifier.facts.Subject;

/**
 * The kinds of verdict fragments a test case can expect or reject, each under its key in {@code expect:} and
 * {@code reject:}, with the fields it may pin down. A fragment is a partial verdict entry: it matches an entry
 * whose fields all agree with the ones it gives. Nested verdict fields are written nested ({@code source:
 * {kind: PERPETRATOR}}) and named with a dot in messages ({@code source.kind}).
 */
enum FragmentKind {
    TYPE("types", "type", "type", "the incident's types",
            FieldSpec.of("type", IncidentType.class), FieldSpec.of("rule", FieldType.RULE)),
    RULE("rules", "rule", "rule", "the rules that fired",
            FieldSpec.of("rule", FieldType.RULE)),
    CLAIM("claims", "claim", null, "the figures the text gives (nested: `source: {name: ..., kind: ..., via: ...}`;"
            + " a bare `source: militants` is the name)",
            FieldSpec.of("status", ClaimStatus.class), FieldSpec.of("value", FieldType.NUMBER),
            FieldSpec.of("subject", Subject.class), FieldSpec.of("min", FieldType.NUMBER),
            FieldSpec.of("max", FieldType.NUMBER), FieldSpec.of("approx", FieldType.BOOLEAN),
            FieldSpec.of("source.name", FieldType.NAME), FieldSpec.of("source.kind", SourceKind.class),
            FieldSpec.of("source.via", FieldType.NAME), FieldSpec.of("stance", Stance.class),
            FieldSpec.of("text", FieldType.TEXT)),
    INCONSISTENCY("inconsistencies", "inconsistency", "kind", "the claims that cannot all be true",
            FieldSpec.of("kind", InconsistencyKind.class), FieldSpec.of("rule", FieldType.RULE),
            FieldSpec.of("severity", Severity.class), FieldSpec.of("explanation", FieldType.TEXT)),
    ACTOR("actors", "actor", "id", "the actors named (`alias`: a spelling the text used)",
            FieldSpec.of("id", FieldType.NAME), FieldSpec.of("name", FieldType.NAME),
            FieldSpec.of("kind", ActorKind.class), FieldSpec.of("country", FieldType.NAME),
            FieldSpec.of("alias", FieldType.NAME), FieldSpec.of("role", FieldType.NAME)),
    AFFILIATION("affiliations", "affiliation", null, "the actors' affiliations (`actor` is the actor's id)",
            FieldSpec.of("actor", FieldType.NAME), FieldSpec.of("relation", FieldType.NAME),
            FieldSpec.of("target", FieldType.NAME), FieldSpec.of("status", FieldType.NAME),
            FieldSpec.of("rule", FieldType.RULE)),
    LOCATION("location", "location", "place", "where the incident took place",
            FieldSpec.of("place", FieldType.NAME), FieldSpec.of("country", FieldType.NAME));

    private final String key;
    private final String noun;
    private final String shorthand;
    private final String matches;
    private final List<FieldSpec> fields;

    FragmentKind(String key, String noun, String shorthand, String matches, FieldSpec... fields) {
        this.key = key;
        this.noun = noun;
        this.shorthand = shorthand;
        this.matches = matches;
        this.fields = List.of(fields);
    }

    /** What in the verdict fragments of this kind are matched against, for the guide. */
    String matches() {
        return matches;
    }

    /** The key under {@code expect:} / {@code reject:} ("claims"). */
    String key() {
        return key;
    }

    /** How messages name one fragment of this kind ("claim"). */
    String noun() {
        return noun;
    }

    /** The field a bare value stands for ("- HIJACKING" under types is {type: HIJACKING}), if any. */
    Optional<String> shorthand() {
        return Optional.ofNullable(shorthand);
    }

    List<FieldSpec> fields() {
        return fields;
    }

    Optional<FieldSpec> field(String name) {
        return fields.stream().filter(f -> f.name().equals(name)).findFirst();
    }

    /** The fields as an analyst writes them, for "one of ..." messages (nested ones with their dot). */
    List<String> fieldNames() {
        return fields.stream().map(FieldSpec::name).toList();
    }

    /** The kind whose key is {@code key}, if any. */
    static Optional<FragmentKind> byKey(String key) {
        for (FragmentKind kind : values()) {
            if (kind.key.equals(key)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
