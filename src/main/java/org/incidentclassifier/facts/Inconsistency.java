package org.incidentclassifier.facts;

/**
 * Conclusion inserted by consistency rules: claims that cannot all be true (or, for
 * {@link InconsistencyKind#COUNT_DIFFERENCE}, figures that differ though both can hold). The claims involved
 * are the {@link CountClaim}s the rule matched; the explanation is one sentence with the numbers, and the
 * severity reason says why the rule chose that severity. Identity semantics as for {@link Classification}.
 */
public final class Inconsistency {
    private final InconsistencyKind kind;
    private final Severity severity;
    private final String explanation;
    private final String severityReason;

    public Inconsistency(InconsistencyKind kind, Severity severity, String explanation, String severityReason) {
        this.kind = kind;
        this.severity = severity;
        this.explanation = explanation;
        this.severityReason = severityReason;
    }

    /** An inconsistency whose severity needs no reason beyond its kind (the reason says so). */
    public Inconsistency(InconsistencyKind kind, Severity severity, String explanation) {
        this(kind, severity, explanation, "the rule gives every " + kind.name().toLowerCase().replace('_', ' ')
                + " this severity");
    }

    public InconsistencyKind getKind() {
        return kind;
    }

    public Severity getSeverity() {
        return severity;
    }

    public String getExplanation() {
        return explanation;
    }

    public String getSeverityReason() {
        return severityReason;
    }

    @Override
    public String toString() {
        return "Inconsistency[" + kind + ", " + severity + " (" + severityReason + "), " + explanation + "]";
    }
}
