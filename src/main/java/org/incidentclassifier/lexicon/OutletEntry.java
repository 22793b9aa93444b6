package org.incidentclassifier.lexicon;

import java.util.List;
import org.incidentclassifier.facts.SourceKind;

/** A row of lexicon/outlets.csv: a news outlet or agency and what kind of source it is. */
public record OutletEntry(String name, List<String> aliases, SourceKind kind, String country) {
    public OutletEntry {
        aliases = List.copyOf(aliases);
    }
}
