package org.incidentclassifier.facts;

/**
 * Conclusion inserted by consistency rules: claims that cannot all be true. The claims involved are the
 * {@link CountClaim}s the rule matched; the explanation is one sentence with the numbers.
 * Identity semantics as for {@link Classification}.
 */
public final class Inconsistency {
    private final InconsistencyKind kind;
    private final Severity severity;
    private final String explanation;

    public Inconsistency(InconsistencyKind kind, Severity severity, String explanation) {
        this.kind = kind;
        this.severity = severity;
        this.explanation = explanation;
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

    @Override
    public String toString() {
        return "Inconsistency[" + kind + ", " + severity + ", " + explanation + "]";
    }
}
