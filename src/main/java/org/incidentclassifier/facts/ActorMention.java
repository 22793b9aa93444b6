package org.incidentclassifier.facts;

/**
 * A place in the text that names an actor. {@code actorId} is the canonical id (the lexicon's id, or a
 * slug of the name for actors the lexicon lacks), so that all spellings of one actor share it.
 */
public record ActorMention(String actorId, String name, String matchedText, ActorKind kind, String country,
                           Evidence evidence) implements Evidenced {}
