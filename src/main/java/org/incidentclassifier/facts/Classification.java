package org.incidentclassifier.facts;

/**
 * Conclusion inserted by classification rules: the incident is of this type, with this confidence (0..1).
 * <p>Deliberately not a record: each rule match inserts its own Classification, so the engine can tell
 * which rule and which matched facts support it (equal records would be merged by Drools).
 */
public final class Classification {
    private final IncidentType type;
    private final double confidence;

    public Classification(IncidentType type, double confidence) {
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("confidence must be within 0..1, got " + confidence);
        }
        this.type = type;
        this.confidence = confidence;
    }

    public IncidentType getType() {
        return type;
    }

    public double getConfidence() {
        return confidence;
    }

    @Override
    public String toString() {
        return "Classification[" + type + ", " + confidence + "]";
    }
}
