package org.incidentclassifier.facts;

/**
 * Conclusion of the grouping rules: two documents report the same incident. Identity semantics as for
 * {@link Classification}: the verdict cites the rule that joined them. A {@code weak} join (a report that
 * names the place only in passing, say) adds the report to one group but never merges two groups, so weak links
 * do not chain incidents together; a report with a strong join ignores its weak ones.
 */
public final class SameIncident {
    private final String document;
    private final String otherDocument;
    private final boolean weak;

    public SameIncident(String document, String otherDocument, boolean weak) {
        this.document = document;
        this.otherDocument = otherDocument;
        this.weak = weak;
    }

    /** A join on strong evidence. */
    public SameIncident(String document, String otherDocument) {
        this(document, otherDocument, false);
    }

    public boolean isWeak() {
        return weak;
    }

    public String getDocument() {
        return document;
    }

    public String getOtherDocument() {
        return otherDocument;
    }

    @Override
    public String toString() {
        return "SameIncident[" + document + " = " + otherDocument + (weak ? ", weak" : "") + "]";
    }
}
