package org.incidentclassifier.facts;

/**
 * Who says a claim, as the text names them ("the militants", "Algeria's APS official news agency"),
 * and their kind. {@code via} is the outlet the source spoke through, when the text says so, else null.
 */
public record Source(String name, SourceKind kind, String via) {
    public static Source unknown() {
        return new Source(null, SourceKind.UNKNOWN, null);
    }
}
