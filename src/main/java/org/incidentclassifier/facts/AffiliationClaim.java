package org.incidentclassifier.facts;

/**
 * A text's claim that one actor stands in a relation to another: "The "Red Crescent" brigade,
 * affiliated to al-Qaeda in the Islamic Maghreb", "Abu Karim, who broke away from al-Qaida in
 * the Maghreb". {@code actorId} is null when the holder is not a named actor ("al-Qaida-linked militants":
 * {@code actorName} is then the words used, "militants"). Relations known from the lexicon are not
 * claims of a text; they come as {@link KnownAffiliation}.
 */
public record AffiliationClaim(String id, String document, String actorId, String actorName, Relation relation,
                               String targetId, String targetName, Source source, Stance stance,
                               Evidence evidence) implements Evidenced {
    public AffiliationClaim {
        source = source == null ? Source.unknown() : source;
    }
}
