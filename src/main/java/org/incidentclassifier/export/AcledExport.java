package org.incidentclassifier.export;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.incidentclassifier.verdict.Verdict;

/**
 * The columns of {@code --format csv-acled}: ACLED's names for what the verdict knows, the primary type mapped
 * to ACLED's event type and sub-event type, fatalities as ACLED counts them (the most conservative figure),
 * then this tool's own columns. Each column's mapping is in docs/exports.md.
 */
final class AcledExport {
    private AcledExport() {
    }

    static final List<Column> COLUMNS = List.of(
            new Column("event_id_cnty", f -> f.incident().id()),
            new Column("event_date", f -> f.date() == null ? null : f.date().from()),
            new Column("year", f -> f.date() == null ? null : LocalDate.parse(f.date().from()).getYear()),
            new Column("time_precision", AcledExport::precision),
            new Column("disorder_type", f -> disorder(f.primaryType())),
            new Column("event_type", f -> eventType(f.primaryType())),
            new Column("sub_event_type", f -> subEventType(f.primaryType())),
            new Column("actor1", f -> f.perpetrators().isEmpty() ? null : f.perpetrators().get(0).name()),
            new Column("assoc_actor_1", AcledExport::associates),
            new Column("actor2", AcledExport::actor2),
            new Column("assoc_actor_2", AcledExport::victimGroups),
            new Column("country", IncidentFacts::countryName),
            new Column("admin1", f -> null),
            new Column("location", IncidentFacts::place),
            new Column("source", AcledExport::sources),
            new Column("notes", IncidentSummary::of),
            new Column("fatalities", f -> f.killed(Verdict.QuantityEntry::low)),
            new Column("fatalities_best", f -> f.killed(Verdict.QuantityEntry::best)),
            new Column("fatalities_high", f -> f.killed(Verdict.QuantityEntry::high)),
            new Column("inconsistencies", f -> f.incident().inconsistencies().size()),
            new Column("documents", f -> String.join("; ", f.incident().documents())),
            new Column("date_evidence", f -> f.date() == null ? null : Quotes.of(f.date().evidence())),
            new Column("type_rule", f -> f.incident().types().isEmpty() ? null : f.incident().types().get(0).rule()));

    /** ACLED's time precision: 1 the day is known, 2 the week, 3 only the month. */
    private static Integer precision(IncidentFacts f) {
        Verdict.DateEntry date = f.date();
        if (date == null) {
            return null;
        }
        long days = LocalDate.parse(date.to()).toEpochDay() - LocalDate.parse(date.from()).toEpochDay();
        return days == 0 ? 1 : days < 7 ? 2 : 3;
    }

    static String disorder(String type) {
        return type == null ? null : "Political violence";
    }

    /** ACLED's event type for the primary type (docs/exports.md has the table). */
    static String eventType(String type) {
        if (type == null) {
            return null;
        }
        return switch (type) {
            case "BOMBING_EXPLOSION" -> "Explosions/Remote violence";
            case "FACILITY_INFRASTRUCTURE_ATTACK" -> "Strategic developments";
            case "SECURITY_FORCE_OPERATION" -> "Battles";
            default -> "Violence against civilians";
        };
    }

    static String subEventType(String type) {
        if (type == null) {
            return null;
        }
        return switch (type) {
            case "BOMBING_EXPLOSION" -> "Remote explosive/landmine/IED";
            case "FACILITY_INFRASTRUCTURE_ATTACK" -> "Looting/property destruction";
            case "SECURITY_FORCE_OPERATION" -> "Armed clash";
            case "HOSTAGE_TAKING_BARRICADE", "HOSTAGE_TAKING_KIDNAPPING", "HIJACKING" -> "Abduction/forced disappearance";
            default -> "Attack";
        };
    }

    /** The other perpetrators, joined by "; " as ACLED joins associated actors. */
    private static String associates(IncidentFacts f) {
        List<Verdict.ActorEntry> perpetrators = f.perpetrators();
        return perpetrators.size() < 2 ? null
                : String.join("; ", perpetrators.subList(1, perpetrators.size()).stream().map(Verdict.ActorEntry::name).toList());
    }

    /** The responding state force in a battle; else civilians of the incident's country, as ACLED names them. */
    private static String actor2(IncidentFacts f) {
        if ("SECURITY_FORCE_OPERATION".equals(f.primaryType())) {
            return f.withRole("RESPONDER").stream().findFirst().map(Verdict.ActorEntry::name).orElse(null);
        }
        boolean victims = !f.withRole("HOSTAGE").isEmpty() || !f.withRole("VICTIM").isEmpty()
                || f.victimsKilled(Verdict.QuantityEntry::best) != null || f.hostages(Verdict.QuantityEntry::best) != null;
        String country = f.countryName();
        return !victims ? null : country == null ? "Civilians" : "Civilians (" + country + ")";
    }

    /** The hostages' and victims' groups the reports name (nationalities, companies' staff). */
    private static String victimGroups(IncidentFacts f) {
        Set<String> names = new LinkedHashSet<>();
        f.withRole("HOSTAGE").forEach(a -> names.add(a.name()));
        f.withRole("VICTIM").forEach(a -> names.add(a.name()));
        return names.isEmpty() ? null : String.join("; ", names);
    }

    /** The outlets and agencies the reports cite as sources (the actors with the SOURCE role that are media). */
    private static String sources(IncidentFacts f) {
        List<String> media = f.withRole("SOURCE").stream().filter(a -> a.kind().equals("MEDIA"))
                .map(Verdict.ActorEntry::name).toList();
        return media.isEmpty() ? null : String.join("; ", media);
    }
}
