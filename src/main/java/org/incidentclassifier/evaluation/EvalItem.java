package org.incidentclassifier.evaluation;

/** One thing a gold file or a verdict says about a document: "type HIJACKING", "claim KILLED 35". */
record EvalItem(EvalCategory category, String label) implements Comparable<EvalItem> {
    @Override
    public int compareTo(EvalItem other) {
        int c = category.compareTo(other.category);
        return c != 0 ? c : label.compareTo(other.label);
    }

    @Override
    public String toString() {
        return category == EvalCategory.INCIDENT ? "an incident" : category.noun() + " " + label;
    }
}
