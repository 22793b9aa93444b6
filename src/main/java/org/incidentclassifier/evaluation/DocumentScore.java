package org.incidentclassifier.evaluation;

import java.util.Set;
import java.util.TreeSet;

/**
 * One document of an evaluation: what its gold file says, what the verdict says, and, when a rule failed on
 * it, the failure (its verdict then says nothing).
 */
record DocumentScore(String document, String path, Set<EvalItem> gold, Set<EvalItem> found, String failure) {
    DocumentScore {
        gold = Set.copyOf(gold);
        found = Set.copyOf(found);
    }

    /** The gold items the verdict does not have. */
    Set<EvalItem> missed() {
        Set<EvalItem> missed = new TreeSet<>(gold);
        missed.removeAll(found);
        return missed;
    }

    /** The verdict's items the gold does not have. */
    Set<EvalItem> extra() {
        Set<EvalItem> extra = new TreeSet<>(found);
        extra.removeAll(gold);
        return extra;
    }

    /** The tally of the items that pass the filter. */
    Tally tally(java.util.function.Predicate<EvalItem> filter) {
        int tp = (int) gold.stream().filter(filter).filter(found::contains).count();
        int fn = (int) gold.stream().filter(filter).filter(i -> !found.contains(i)).count();
        int fp = (int) found.stream().filter(filter).filter(i -> !gold.contains(i)).count();
        return new Tally(tp, fp, fn);
    }
}
