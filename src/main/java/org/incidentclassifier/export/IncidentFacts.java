package org.incidentclassifier.export;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import org.incidentclassifier.verdict.Verdict;

/**
 * What the exports read from one incident of a verdict: its headline figures, perpetrators, place and date, in
 * the words and numbers an event-data coder uses. The figures take, per status, the largest figure of any one
 * victim quantity rather than a sum: subjects overlap (the hostages killed are among the people killed).
 */
final class IncidentFacts {
    private static final Set<String> HOSTAGE_SUBJECTS = Set.of("HOSTAGES", "FOREIGN_HOSTAGES", "LOCAL_HOSTAGES",
            "PASSENGERS");
    private final Verdict.IncidentEntry incident;

    IncidentFacts(Verdict.IncidentEntry incident) {
        this.incident = incident;
    }

    Verdict.IncidentEntry incident() {
        return incident;
    }

    /** The primary type (the main event), or null. */
    String primaryType() {
        return incident.types().isEmpty() ? null : incident.types().get(0).type();
    }

    /** Victims killed (everyone but the perpetrators): the largest figure of one quantity, as {@code figure} picks it. */
    Integer victimsKilled(Function<Verdict.QuantityEntry, Integer> figure) {
        return largest(q -> q.status().equals("KILLED") && !q.subject().equals("PERPETRATORS"), figure);
    }

    Integer perpetratorsKilled(Function<Verdict.QuantityEntry, Integer> figure) {
        return largest(q -> q.status().equals("KILLED") && q.subject().equals("PERPETRATORS"), figure);
    }

    /** Everyone killed, perpetrators included (as GTD's nkill counts them); null when no figure is given. */
    Integer killed(Function<Verdict.QuantityEntry, Integer> figure) {
        Integer victims = victimsKilled(figure);
        Integer perpetrators = perpetratorsKilled(figure);
        if (victims == null && perpetrators == null) {
            return null;
        }
        return (victims == null ? 0 : victims) + (perpetrators == null ? 0 : perpetrators);
    }

    Integer wounded(Function<Verdict.QuantityEntry, Integer> figure) {
        return largest(q -> q.status().equals("INJURED") && !q.subject().equals("PERPETRATORS"), figure);
    }

    /** The number of attackers (the verdict's ATTACKERS quantity), as {@code figure} picks it; null when none is given. */
    Integer attackers(Function<Verdict.QuantityEntry, Integer> figure) {
        return largest(q -> q.subject().equals("ATTACKERS"), figure);
    }

    /** Hostages or kidnapped people taken or held. */
    Integer hostages(Function<Verdict.QuantityEntry, Integer> figure) {
        return largest(q -> HOSTAGE_SUBJECTS.contains(q.subject())
                && (q.status().equals("TAKEN") || q.status().equals("HELD")), figure);
    }

    /** Hostages freed, released or escaped (GTD's nreleased counts all three). */
    Integer released(Function<Verdict.QuantityEntry, Integer> figure) {
        return largest(q -> HOSTAGE_SUBJECTS.contains(q.subject())
                && (q.status().equals("FREED") || q.status().equals("RELEASED") || q.status().equals("ESCAPED")), figure);
    }

    boolean isHostageTaking() {
        return incident.types().stream().anyMatch(t -> t.type().startsWith("HOSTAGE_TAKING") || t.type().equals("HIJACKING"));
    }

    /**
     * The perpetrators as event data names them: the armed groups with the perpetrator role, in verdict order;
     * only when no group is named, the other perpetrators (a lone gunman, a leader).
     */
    List<Verdict.ActorEntry> perpetrators() {
        List<Verdict.ActorEntry> all = withRole("PERPETRATOR");
        List<Verdict.ActorEntry> groups = all.stream().filter(a -> a.kind().equals("ARMED_GROUP")).toList();
        return groups.isEmpty() ? all : groups;
    }

    List<Verdict.ActorEntry> withRole(String role) {
        return incident.actors().stream().filter(a -> a.roles().contains(role)).toList();
    }

    /** The country's English name from the location's ISO code ("DZ" -> "Algeria"), or null. */
    String countryName() {
        return incident.location() == null ? null : countryName(incident.location().country());
    }

    static String countryName(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        String name = new Locale("", code).getDisplayCountry(Locale.ENGLISH);
        return name.isBlank() || name.equals(code) ? null : name;
    }

    String place() {
        return incident.location() == null ? null : incident.location().place();
    }

    /** The incident's date: the chosen day or range, or null. */
    Verdict.DateEntry date() {
        return incident.date();
    }

    private Integer largest(java.util.function.Predicate<Verdict.QuantityEntry> which,
                            Function<Verdict.QuantityEntry, Integer> figure) {
        return incident.quantities().stream().filter(which).map(figure).filter(java.util.Objects::nonNull)
                .max(Integer::compare).orElse(null);
    }
}
