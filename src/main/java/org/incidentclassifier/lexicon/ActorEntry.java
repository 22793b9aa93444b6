package org.incidentclassifier.lexicon;

import java.util.List;
import org.incidentclassifier.facts.ActorKind;

/** A row of lexicon/actors.csv: a known actor, every spelling reports use for it, and known affiliations ("RELATION:target-id"). */
public record ActorEntry(String id, String name, List<String> aliases, ActorKind kind, String country,
                         List<String> affiliations) {
    public ActorEntry {
        aliases = List.copyOf(aliases);
        affiliations = List.copyOf(affiliations);
    }
}
