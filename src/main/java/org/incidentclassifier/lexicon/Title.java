package org.incidentclassifier.lexicon;

import org.incidentclassifier.facts.ActorKind;
import org.incidentclassifier.facts.SourceKind;

/** A row of titles.csv: a title before a person's name, the kind of actor it makes and the kind of source. */
public record Title(ActorKind actorKind, SourceKind sourceKind) {}
