package org.incidentclassifier.extract;

import org.incidentclassifier.facts.ActorMention;

/** An actor mention with the tokens [start, end) it covers in its sentence. */
record ActorAt(int start, int end, ActorMention mention) {}
