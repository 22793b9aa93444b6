package org.incidentclassifier.facts;

/** A relation the actor lexicon records (actors.csv, column affiliations), for an actor the document names. */
public record KnownAffiliation(String actorId, Relation relation, String targetId, String targetName) {}
