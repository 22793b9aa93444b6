package org.incidentclassifier.facts;

/**
 * Conclusion of the grouping rules: two documents report the same incident. Identity semantics as for
 * {@link Classification}: the verdict cites the rule that joined them.
 */
public final class SameIncident {
    private final String document;
    private final String otherDocument;

    public SameIncident(String document, String otherDocument) {
        this.document = document;
        this.otherDocument = otherDocument;
    }

    public String getDocument() {
        return document;
    }

    public String getOtherDocument() {
        return otherDocument;
    }

    @Override
    public String toString() {
        return "SameIncident[" + document + " = " + otherDocument + "]";
    }
}
