package org.incidentclassifier.lexicon;

import java.util.List;
import org.incidentclassifier.facts.PlaceKind;

/** A row of lexicon/places.csv (or a country from countries.csv): a place, its variants, its ISO country code. */
public record PlaceEntry(String name, List<String> aliases, PlaceKind kind, String country) {
    public PlaceEntry {
        aliases = List.copyOf(aliases);
    }
}
