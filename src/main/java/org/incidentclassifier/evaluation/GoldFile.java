package org.incidentclassifier.evaluation;

import java.util.Set;
import java.util.TreeSet;

/**
 * A hand-made gold verdict for one document of a corpus: what an analyst reading the text says the verdict
 * should hold.
 *
 * @param document the document id (the text's file name without extension)
 * @param items    the incident (when there is one), its types, claims, affiliations and inconsistency kinds
 */
record GoldFile(String document, Set<EvalItem> items) {
    GoldFile {
        items = Set.copyOf(new TreeSet<>(items));
    }
}
