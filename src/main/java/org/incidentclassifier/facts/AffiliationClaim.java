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

    private static final java.util.regex.Pattern DESCENT =
            java.util.regex.Pattern.compile("(?i)\\b(off-?shoots?|outgrowths?|spawned|grew out of)\\b");

    /**
     * True when the words only say where the group came from ("ISWAP, an offshoot of Boko Haram", "spawned by"):
     * a descent, which a break-away from the same group agrees with rather than contests.
     */
    public boolean isDescent() {
        return relation == Relation.AFFILIATED_TO && evidence != null && evidence.text() != null
                && DESCENT.matcher(evidence.text()).find();
    }
}
