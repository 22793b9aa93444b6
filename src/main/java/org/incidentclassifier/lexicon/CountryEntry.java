package org.incidentclassifier.lexicon;

import java.util.List;

/** A row of lexicon/countries.csv: ISO code, names, nationality adjectives and nouns for people. */
public record CountryEntry(String code, List<String> names, List<String> adjectives, List<String> personSingular,
                           List<String> personPlural) {
    public CountryEntry {
        names = List.copyOf(names);
        adjectives = List.copyOf(adjectives);
        personSingular = List.copyOf(personSingular);
        personPlural = List.copyOf(personPlural);
    }
}
