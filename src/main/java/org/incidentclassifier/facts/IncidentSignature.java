package org.incidentclassifier.facts;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * What identifies the incident a report describes, for grouping reports: where it happened (its sites, the
 * places the report is about: named in its opening sentences or more than once, not every place mentioned),
 * the country, the facilities struck, the incident types (the primary first), the report's date, and the
 * people and companies it names (not famous groups). {@code joining} marks the report being grouped, against
 * the reports already grouped. {@code named} lists every city and site the report names, even once in passing,
 * and {@code facilityKinds} every kind of facility it names: weak evidence, which the grouping rules use only
 * beside stronger evidence. The grouping rules (rules/incidents/) compare two signatures.
 */
public record IncidentSignature(String document, String country, List<String> sites, List<String> places,
                                List<String> facilities, List<String> types, String date, List<String> actors,
                                boolean joining, List<Evidence> evidence, List<String> named,
                                List<String> facilityKinds) {
    /** Reports dated further apart than this many days describe different incidents. */
    public static final int MAX_DAYS_APART = 14;
    /** Reports dated at most this many days apart may report one incident on their place and type alone. */
    public static final int CLOSE_DAYS = 7;

    public IncidentSignature {
        sites = List.copyOf(sites);
        places = List.copyOf(places);
        facilities = List.copyOf(facilities);
        types = List.copyOf(types);
        actors = List.copyOf(actors);
        evidence = List.copyOf(evidence);
        named = List.copyOf(named);
        facilityKinds = List.copyOf(facilityKinds);
    }

    /** A signature that names no more places and facility kinds than it is about. */
    public IncidentSignature(String document, String country, List<String> sites, List<String> places,
                             List<String> facilities, List<String> types, String date, List<String> actors,
                             boolean joining, List<Evidence> evidence) {
        this(document, country, sites, places, facilities, types, date, actors, joining, evidence,
                java.util.stream.Stream.concat(sites.stream(), places.stream()).toList(), facilities);
    }

    /** The same report as the one being grouped, or as one already grouped. */
    public IncidentSignature joining(boolean isJoining) {
        return new IncidentSignature(document, country, sites, places, facilities, types, date, actors, isJoining,
                evidence, named, facilityKinds);
    }

    public boolean sharesSite(IncidentSignature other) {
        return sites.stream().anyMatch(other.sites::contains);
    }

    public boolean sharesPlace(IncidentSignature other) {
        return places.stream().anyMatch(other.places::contains) || sharesSite(other);
    }

    /** Both say where the incident happened (a city or site) and they share no place. */
    public boolean placesConflict(IncidentSignature other) {
        return !(places.isEmpty() && sites.isEmpty()) && !(other.places.isEmpty() && other.sites.isEmpty())
                && !sharesPlace(other);
    }

    /** The report says nowhere where the incident happened: no site, and no city it is about. */
    public boolean placeless() {
        return places.isEmpty() && sites.isEmpty();
    }

    /**
     * One of the two says nowhere where the incident happened, but names (even once, in passing) a city or site
     * the other is about: a follow-up filed from elsewhere ("from the capital") that mentions the site's town.
     */
    public boolean placelessNamesPlaceOf(IncidentSignature other) {
        return placeless() && !other.placeless() && named.stream().anyMatch(n -> other.places.contains(n)
                || other.sites.contains(n))
                || other.placeless() && !placeless() && other.named.stream().anyMatch(n -> places.contains(n)
                || sites.contains(n));
    }

    /** How many kinds of facility both name anywhere ("churches and hotels" in both: two). */
    public int facilityKindsInCommon(IncidentSignature other) {
        return (int) facilityKinds.stream().distinct().filter(other.facilityKinds::contains).count();
    }

    public boolean sharesFacility(IncidentSignature other) {
        return facilities.stream().anyMatch(other.facilities::contains);
    }

    public boolean sharesType(IncidentSignature other) {
        return types.stream().anyMatch(other.types::contains);
    }

    /** The primary types are the same. */
    public boolean samePrimaryType(IncidentSignature other) {
        return !types.isEmpty() && !other.types.isEmpty() && types.get(0).equals(other.types.get(0));
    }

    public boolean sameCountry(IncidentSignature other) {
        return country != null && country.equals(other.country);
    }

    /** Both name the same person or company. */
    public boolean sharesActor(IncidentSignature other) {
        return actors.stream().anyMatch(other.actors::contains);
    }

    /** Both reports are dated, more than {@link #MAX_DAYS_APART} days apart. */
    public boolean datesConflict(IncidentSignature other) {
        long days = daysApart(other);
        return days >= 0 && days > MAX_DAYS_APART;
    }

    /** Both reports are dated, at most {@link #CLOSE_DAYS} days apart. */
    public boolean datesClose(IncidentSignature other) {
        long days = daysApart(other);
        return days >= 0 && days <= CLOSE_DAYS;
    }

    private long daysApart(IncidentSignature other) {
        if (date == null || other.date == null) {
            return -1;
        }
        try {
            return Math.abs(ChronoUnit.DAYS.between(LocalDate.parse(date), LocalDate.parse(other.date)));
        } catch (DateTimeParseException e) {
            return -1;
        }
    }
}
