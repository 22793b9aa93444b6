package org.incidentclassifier.facts;

import java.util.ArrayList;
import java.util.List;

/**
 * Everything extraction found in one document: what the rules see ({@code dates}: the dates it gives, see
 * {@link EventDate}; {@code attackers}: how many attackers it counts, see {@link AttackerCount}; {@code headcounts}: how many people
 * were in a group present, see {@link Headcount}).
 */
public record DocumentFacts(Document document, List<CountClaim> claims, List<ActorMention> actors,
                            List<AliasClaim> aliases, List<AffiliationClaim> affiliations,
                            List<KnownAffiliation> knownAffiliations, List<Trigger> triggers,
                            List<PlaceMention> places, List<Facility> facilities, List<Statement> statements,
                            List<ReportFrame> frames, List<EventDate> dates, List<AttackerCount> attackers,
                            List<Headcount> headcounts) {
    /** A document with no facts (a grouped session's explanation lists the facts of its reports instead). */
    public static DocumentFacts empty(Document document) {
        return new DocumentFacts(document, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    /** Facts without headcounts (callers that do not look for groups present). */
    public DocumentFacts(Document document, List<CountClaim> claims, List<ActorMention> actors,
                         List<AliasClaim> aliases, List<AffiliationClaim> affiliations,
                         List<KnownAffiliation> knownAffiliations, List<Trigger> triggers, List<PlaceMention> places,
                         List<Facility> facilities, List<Statement> statements, List<ReportFrame> frames,
                         List<EventDate> dates, List<AttackerCount> attackers) {
        this(document, claims, actors, aliases, affiliations, knownAffiliations, triggers, places, facilities,
                statements, frames, dates, attackers, List.of());
    }

    public DocumentFacts {
        claims = List.copyOf(claims);
        actors = List.copyOf(actors);
        aliases = List.copyOf(aliases);
        affiliations = List.copyOf(affiliations);
        knownAffiliations = List.copyOf(knownAffiliations);
        triggers = List.copyOf(triggers);
        places = List.copyOf(places);
        facilities = List.copyOf(facilities);
        statements = List.copyOf(statements);
        frames = List.copyOf(frames);
        dates = List.copyOf(dates);
        attackers = List.copyOf(attackers);
        headcounts = List.copyOf(headcounts);
    }

    /** All facts, in a stable order, for insertion into a rule session. */
    public List<Object> all() {
        List<Object> all = new ArrayList<>();
        all.add(document);
        all.addAll(claims);
        all.addAll(actors);
        all.addAll(aliases);
        all.addAll(affiliations);
        all.addAll(knownAffiliations);
        all.addAll(triggers);
        all.addAll(places);
        all.addAll(facilities);
        all.addAll(statements);
        all.addAll(frames);
        all.addAll(dates);
        all.addAll(attackers);
        all.addAll(headcounts);
        return all;
    }
}
