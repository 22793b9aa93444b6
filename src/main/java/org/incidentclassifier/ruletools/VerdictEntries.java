package org.incidentclassifier.ruletools;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.incidentclassifier.facts.Evidence;
import org.incidentclassifier.verdict.Verdict;

/**
 * A verdict seen the way test cases see it: for each kind of fragment, its entries as field name to values
 * (a field may have several values: an actor's roles, a claim's quoted evidence).
 */
final class VerdictEntries {
    private final Map<FragmentKind, List<Map<String, List<String>>>> entries = new LinkedHashMap<>();
    private final List<String> primaries = new ArrayList<>();
    private final int incidents;

    VerdictEntries(Verdict verdict) {
        for (FragmentKind kind : FragmentKind.values()) {
            entries.put(kind, new ArrayList<>());
        }
        incidents = verdict.incidents().size();
        verdict.rulesFired().forEach(r -> add(FragmentKind.RULE, "rule", r.rule()));
        for (Verdict.IncidentEntry incident : verdict.incidents()) {
            if (!incident.types().isEmpty()) {
                primaries.add(incident.types().get(0).type());
            }
            incident.types().forEach(t -> add(FragmentKind.TYPE, "type", t.type(), "rule", t.rule()));
            incident.claims().forEach(this::claim);
            incident.inconsistencies().forEach(i -> add(FragmentKind.INCONSISTENCY, "kind", i.kind(),
                    "rule", i.rule(), "severity", i.severity(), "explanation", i.explanation()));
            incident.actors().forEach(this::actor);
            if (incident.location() != null) {
                add(FragmentKind.LOCATION, "place", incident.location().place(), "country",
                        incident.location().country());
            }
        }
    }

    /** The verdict's entries of one kind. */
    List<Map<String, List<String>>> of(FragmentKind kind) {
        return entries.get(kind);
    }

    /** The primary (first) type of each incident. */
    List<String> primaries() {
        return primaries;
    }

    boolean hasIncident() {
        return incidents > 0;
    }

    /** How many incidents the verdict has. */
    int incidents() {
        return incidents;
    }

    private void claim(Verdict.ClaimEntry c) {
        Map<String, List<String>> entry = entry("status", c.status(), "value", text(c.value()),
                "subject", c.subject(), "min", text(c.min()), "max", text(c.max()),
                "approx", String.valueOf(c.approx()), "stance", c.stance());
        if (c.source() != null) {
            put(entry, "source.name", c.source().name());
            put(entry, "source.kind", c.source().kind());
            put(entry, "source.via", c.source().via());
        }
        c.evidence().stream().map(Evidence::text).forEach(t -> put(entry, "text", t));
        entries.get(FragmentKind.CLAIM).add(entry);
    }

    private void actor(Verdict.ActorEntry a) {
        Map<String, List<String>> entry = entry("id", a.id(), "name", a.name(), "kind", a.kind(),
                "country", a.country());
        a.aliases().forEach(alias -> put(entry, "alias", alias));
        a.roles().forEach(role -> put(entry, "role", role));
        entries.get(FragmentKind.ACTOR).add(entry);
        for (Verdict.AffiliationEntry f : a.affiliations()) {
            add(FragmentKind.AFFILIATION, "actor", a.id(), "relation", f.relation(), "target", f.target(),
                    "status", f.status(), "rule", f.rule());
        }
    }

    private void add(FragmentKind kind, String... fieldsAndValues) {
        entries.get(kind).add(entry(fieldsAndValues));
    }

    private static Map<String, List<String>> entry(String... fieldsAndValues) {
        Map<String, List<String>> entry = new LinkedHashMap<>();
        for (int i = 0; i < fieldsAndValues.length; i += 2) {
            put(entry, fieldsAndValues[i], fieldsAndValues[i + 1]);
        }
        return entry;
    }

    private static void put(Map<String, List<String>> entry, String field, String value) {
        if (value != null) {
            entry.computeIfAbsent(field, f -> new ArrayList<>()).add(value);
        }
    }

    private static String text(Integer value) {
        return value == null ? null : value.toString();
    }

    /** One entry for a person: "{status: KILLED, value: 35, ..., text: "35 hostages were killed"}". */
    static String describe(FragmentKind kind, Map<String, List<String>> entry) {
        StringJoiner text = new StringJoiner(", ", "{", "}");
        for (FieldSpec field : kind.fields()) {
            List<String> values = entry.get(field.name());
            if (values == null) {
                continue;
            }
            List<String> shown = field.type() == FieldType.TEXT
                    ? values.stream().map(v -> "\"" + v + "\"").toList() : values;
            text.add(field.name() + ": " + (shown.size() == 1 ? shown.get(0) : shown.toString()));
        }
        return text.toString();
    }
}
