package org.incidentclassifier.facts;

import java.util.ArrayList;
import java.util.List;

/** Everything extraction found in one document: what the rules see. */
public record DocumentFacts(Document document, List<CountClaim> claims, List<ActorMention> actors,
                            List<Trigger> triggers, List<PlaceMention> places) {
    public DocumentFacts {
        claims = List.copyOf(claims);
        actors = List.copyOf(actors);
        triggers = List.copyOf(triggers);
        places = List.copyOf(places);
    }

    /** All facts, in a stable order, for insertion into a rule session. */
    public List<Object> all() {
        List<Object> all = new ArrayList<>();
        all.add(document);
        all.addAll(claims);
        all.addAll(actors);
        all.addAll(triggers);
        all.addAll(places);
        return all;
    }
}
