package org.incidentclassifier.export;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.incidentclassifier.verdict.Verdict;

/**
 * One incident in a sentence, written only from the verdict's conclusions: what (the primary type), where,
 * when, by whom, and the best figure of each quantity. The exports' summary and notes columns and the
 * briefing's opening paragraph use it, so all three say the same thing.
 */
final class IncidentSummary {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);

    private IncidentSummary() {
    }

    static String of(IncidentFacts facts) {
        StringBuilder s = new StringBuilder(capitalised(article(typeWords(facts.primaryType()))));
        String where = where(facts);
        if (where != null) {
            s.append(" at ").append(where).append(',');
        }
        String when = when(facts.date());
        s.append(when == null ? " date not given" : " " + when);
        List<Verdict.ActorEntry> perpetrators = facts.perpetrators();
        if (!perpetrators.isEmpty()) {
            s.append(", attributed to ").append(String.join(" and ", perpetrators.stream().map(Verdict.ActorEntry::name).toList()));
        }
        List<String> figures = figures(facts.incident());
        if (!figures.isEmpty()) {
            s.append("; best figures: ").append(String.join(", ", figures));
        }
        return s.append('.').toString();
    }

    static String where(IncidentFacts facts) {
        String place = facts.place();
        String country = facts.countryName();
        if (place == null) {
            return country;
        }
        return country == null || country.equals(place) ? place : place + ", " + country;
    }

    /** "on 16 January 2013", "in January 2013", "between 3 and 5 May 2014", or null. */
    static String when(Verdict.DateEntry date) {
        if (date == null) {
            return null;
        }
        LocalDate from = LocalDate.parse(date.from());
        LocalDate to = LocalDate.parse(date.to());
        if (from.equals(to)) {
            return "on " + DAY.format(from);
        }
        if (from.getDayOfMonth() == 1 && to.equals(from.withDayOfMonth(from.lengthOfMonth()))) {
            return "in " + MONTH.format(from);
        }
        return "between " + DAY.format(from) + " and " + DAY.format(to);
    }

    /** The best figure of each quantity, in verdict order: "35 hostages killed". */
    static List<String> figures(Verdict.IncidentEntry incident) {
        List<String> figures = new ArrayList<>();
        for (Verdict.QuantityEntry q : incident.quantities()) {
            if (q.best() != null) {
                figures.add(q.best() + " " + subjectWords(q.subject()) + " " + statusWords(q.status()));
            }
        }
        return figures;
    }

    static String typeWords(String type) {
        if (type == null) {
            return "incident of no known type";
        }
        return switch (type) {
            case "HOSTAGE_TAKING_BARRICADE" -> "hostage-taking (barricade)";
            case "HOSTAGE_TAKING_KIDNAPPING" -> "kidnapping";
            case "ARMED_ASSAULT" -> "armed assault";
            case "BOMBING_EXPLOSION" -> "bombing";
            case "ASSASSINATION" -> "assassination";
            case "HIJACKING" -> "hijacking";
            case "FACILITY_INFRASTRUCTURE_ATTACK" -> "attack on a facility or infrastructure";
            case "UNARMED_ASSAULT" -> "unarmed assault";
            case "SECURITY_FORCE_OPERATION" -> "security-force operation";
            default -> type.toLowerCase(Locale.ROOT).replace('_', ' ');
        };
    }

    static String subjectWords(String subject) {
        return switch (subject) {
            case "FOREIGN_HOSTAGES" -> "foreign hostages";
            case "LOCAL_HOSTAGES" -> "local hostages";
            case "PERPETRATORS" -> "perpetrators";
            case "SECURITY_FORCES" -> "members of the security forces";
            default -> subject.toLowerCase(Locale.ROOT).replace('_', ' ');
        };
    }

    static String statusWords(String status) {
        return switch (status) {
            case "TAKEN" -> "taken";
            case "HELD" -> "held";
            case "KILLED" -> "killed";
            case "INJURED" -> "injured";
            case "ESCAPED" -> "escaped";
            case "FREED" -> "freed";
            case "RELEASED" -> "released";
            case "MISSING" -> "missing";
            case "ARRESTED" -> "arrested";
            case "ATTACKED" -> "took part"; // the attackers quantity: "4 attackers took part"
            default -> status.toLowerCase(Locale.ROOT);
        };
    }

    private static String article(String words) {
        return ("aeiou".indexOf(words.charAt(0)) >= 0 ? "an " : "a ") + words;
    }

    private static String capitalised(String words) {
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
