package org.incidentclassifier.export;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.incidentclassifier.facts.Evidence;
import org.incidentclassifier.facts.ResponsibilityStatus;
import org.incidentclassifier.verdict.Verdict;

/**
 * The columns of {@code --format csv-gtd}: the Global Terrorism Database codebook's names and codes for what
 * the verdict knows, then this tool's own columns (estimates, inconsistencies, the rules and evidence behind
 * the date and types). Each column's mapping, and why some are left empty, is in docs/exports.md.
 */
final class GtdExport {
    /** GTD attack type codes (codebook section 2.1); SECURITY_FORCE_OPERATION has none and is left out. */
    private static final Map<String, Integer> ATTACK_CODES = Map.of("ASSASSINATION", 1, "ARMED_ASSAULT", 2,
            "BOMBING_EXPLOSION", 3, "HIJACKING", 4, "HOSTAGE_TAKING_BARRICADE", 5, "HOSTAGE_TAKING_KIDNAPPING", 6,
            "FACILITY_INFRASTRUCTURE_ATTACK", 7, "UNARMED_ASSAULT", 8);
    private static final Map<String, String> ATTACK_NAMES = Map.of("ASSASSINATION", "Assassination",
            "ARMED_ASSAULT", "Armed Assault", "BOMBING_EXPLOSION", "Bombing/Explosion", "HIJACKING", "Hijacking",
            "HOSTAGE_TAKING_BARRICADE", "Hostage Taking (Barricade Incident)",
            "HOSTAGE_TAKING_KIDNAPPING", "Hostage Taking (Kidnapping)",
            "FACILITY_INFRASTRUCTURE_ATTACK", "Facility/Infrastructure Attack", "UNARMED_ASSAULT", "Unarmed Assault");

    /** GTD's code for a value the sources do not give. */
    static final int UNKNOWN = -9;

    private GtdExport() {
    }

    static final List<Column> COLUMNS = List.of(
            new Column("eventid", f -> f.incident().id()),
            new Column("iyear", f -> day(f, 0)),
            new Column("imonth", f -> day(f, 1)),
            new Column("iday", f -> day(f, 2)),
            new Column("approxdate", GtdExport::approxdate),
            new Column("country_txt", IncidentFacts::countryName),
            new Column("provstate", f -> null),
            new Column("city", IncidentFacts::place),
            new Column("attacktype1", f -> attack(f, 0, true)),
            new Column("attacktype1_txt", f -> attack(f, 0, false)),
            new Column("attacktype2", f -> attack(f, 1, true)),
            new Column("attacktype2_txt", f -> attack(f, 1, false)),
            new Column("attacktype3", f -> attack(f, 2, true)),
            new Column("attacktype3_txt", f -> attack(f, 2, false)),
            new Column("targtype1", f -> target(f, 0, true)),
            new Column("targtype1_txt", f -> target(f, 0, false)),
            new Column("targtype2", f -> target(f, 1, true)),
            new Column("targtype2_txt", f -> target(f, 1, false)),
            new Column("targtype3", f -> target(f, 2, true)),
            new Column("targtype3_txt", f -> target(f, 2, false)),
            new Column("gname", f -> perpetrator(f, 0)),
            new Column("gname2", f -> perpetrator(f, 1)),
            new Column("claimed", GtdExport::claimed),
            new Column("nperps", f -> f.attackers(Verdict.QuantityEntry::best)),
            new Column("nkill", f -> f.killed(Verdict.QuantityEntry::best)),
            new Column("nkillter", f -> f.perpetratorsKilled(Verdict.QuantityEntry::best)),
            new Column("nwound", f -> f.wounded(Verdict.QuantityEntry::best)),
            new Column("ishostkid", f -> f.isHostageTaking() ? 1 : 0),
            new Column("nhostkid", f -> f.hostages(Verdict.QuantityEntry::best)),
            new Column("nreleased", f -> f.released(Verdict.QuantityEntry::best)),
            new Column("summary", IncidentSummary::of),
            new Column("scite1", f -> String.join("; ", f.incident().documents())),
            new Column("nkill_low", f -> f.killed(Verdict.QuantityEntry::low)),
            new Column("nkill_high", f -> f.killed(Verdict.QuantityEntry::high)),
            new Column("nwound_low", f -> f.wounded(Verdict.QuantityEntry::low)),
            new Column("nwound_high", f -> f.wounded(Verdict.QuantityEntry::high)),
            new Column("nhostkid_low", f -> f.hostages(Verdict.QuantityEntry::low)),
            new Column("nhostkid_high", f -> f.hostages(Verdict.QuantityEntry::high)),
            new Column("inconsistencies", f -> f.incident().inconsistencies().size()),
            new Column("date_basis", f -> f.date() == null ? null : f.date().basis()),
            new Column("date_rule", f -> f.date() == null ? null : f.date().rule()),
            new Column("date_evidence", f -> f.date() == null ? null : Quotes.of(f.date().evidence())),
            new Column("type_rules", f -> f.incident().types().stream().map(t -> t.type() + ":" + t.rule())
                    .collect(Collectors.joining("; "))));

    /** Year, month or day of a one-day date; of a range, only what its ends share (GTD's 0 for an unknown day). */
    private static Integer day(IncidentFacts f, int part) {
        Verdict.DateEntry date = f.date();
        if (date == null) {
            return null;
        }
        LocalDate from = LocalDate.parse(date.from());
        LocalDate to = LocalDate.parse(date.to());
        return switch (part) {
            case 0 -> from.getYear() == to.getYear() ? from.getYear() : null;
            case 1 -> from.getYear() == to.getYear() && from.getMonthValue() == to.getMonthValue() ? from.getMonthValue() : 0;
            default -> from.equals(to) ? from.getDayOfMonth() : 0;
        };
    }

    /** For a range, the days the text allows, in words (GTD writes the approximate date when the day is unsure). */
    private static String approxdate(IncidentFacts f) {
        Verdict.DateEntry date = f.date();
        return date == null || date.from().equals(date.to()) ? null : IncidentSummary.when(date);
    }

    private static Object attack(IncidentFacts f, int index, boolean code) {
        List<String> types = f.incident().types().stream().map(Verdict.TypeEntry::type)
                .filter(ATTACK_CODES::containsKey).toList();
        if (index >= types.size()) {
            return null;
        }
        return code ? ATTACK_CODES.get(types.get(index)) : ATTACK_NAMES.get(types.get(index));
    }

    /**
     * The incident's target types, the main event's first: by the earliest place their evidence stands (the
     * headline and lead tell the main event; a hotel named in the last paragraph is a side event's), then as the
     * verdict lists them.
     */
    static List<Verdict.TargetTypeEntry> targets(IncidentFacts f) {
        return f.incident().targetTypes().stream().sorted(Comparator.comparing(GtdExport::firstEvidence,
                Comparator.nullsLast(Comparator.comparingInt(Evidence::sentence).thenComparingInt(Evidence::start))))
                .toList();
    }

    private static Evidence firstEvidence(Verdict.TargetTypeEntry t) {
        return t.evidence().stream().min(Comparator.comparingInt(Evidence::sentence)
                .thenComparingInt(Evidence::start)).orElse(null);
    }

    private static Object target(IncidentFacts f, int index, boolean code) {
        List<Verdict.TargetTypeEntry> targets = targets(f);
        if (index >= targets.size()) {
            return null;
        }
        Verdict.TargetTypeEntry t = targets.get(index);
        return code ? t.code() : t.label();
    }

    /**
     * GTD's {@code claimed}, from the incident's {@code responsibility}: 1 when a group claimed it, 0 when a named
     * group denied it or the reports say no one has claimed it (GTD codes both as no claim), -9 (GTD's unknown)
     * when the reports say nothing of it.
     */
    static int claimed(IncidentFacts f) {
        Verdict.ResponsibilityEntry responsibility = f.incident().responsibility();
        if (responsibility == null) {
            return UNKNOWN;
        }
        return ResponsibilityStatus.valueOf(responsibility.status()) == ResponsibilityStatus.CLAIMED ? 1 : 0;
    }

    private static String perpetrator(IncidentFacts f, int index) {
        List<Verdict.ActorEntry> perpetrators = f.perpetrators();
        return index < perpetrators.size() ? perpetrators.get(index).name() : null;
    }
}
