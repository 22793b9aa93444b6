package org.incidentclassifier.facts;

/**
 * The text says two names are one actor: "al-Qaeda in the Islamic Maghreb (AQIM)", "calls itself
 * "Sons of the Desert" and the "Veiled Battalion"", "Abu Karim (also known as the One-Eyed)".
 * {@code how} says which pattern: ACRONYM, CALLS_ITSELF, ALSO_KNOWN_AS. Rules decide whether to merge.
 */
public record AliasClaim(String document, String actorId, String name, String otherActorId, String otherName,
                         String how, Evidence evidence) implements Evidenced {}
