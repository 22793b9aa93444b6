package org.incidentclassifier.facts;

/**
 * Conclusion inserted when a document is not a report of an incident (a review, a match report, a
 * business story); classification rules do not fire while it holds. Identity semantics as for
 * {@link Classification}.
 */
public final class NotAnIncident {
    private final String document;
    private final String reason;

    public NotAnIncident(String document, String reason) {
        this.document = document;
        this.reason = reason;
    }

    public String getDocument() {
        return document;
    }

    public String getReason() {
        return reason;
    }

    @Override
    public String toString() {
        return "NotAnIncident[" + document + ": " + reason + "]";
    }
}
