package org.incidentclassifier.lexicon;

import org.incidentclassifier.facts.Relation;

/** A row of relations.csv: words that state a relation; {@code inverse} when the target comes first ("X, leader of Y": Y is led by X). */
public record RelationCue(Relation relation, boolean inverse) {}
