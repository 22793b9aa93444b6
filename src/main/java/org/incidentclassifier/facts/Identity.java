package org.incidentclassifier.facts;

/**
 * Structural conclusion of the identity rules: {@code actorId} and {@code sameAs} name the same actor
 * (every actor is the same as itself; {@link SameActor} and its consequences add the rest). Rules that
 * reason across names join through it. A record: equal identities are one fact.
 */
public record Identity(String actorId, String sameAs) {}
