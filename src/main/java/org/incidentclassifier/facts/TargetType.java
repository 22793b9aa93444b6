package org.incidentclassifier.facts;

/**
 * Conclusion of the target rules: the incident struck a target of this Global Terrorism Database type.
 * Identity semantics as for {@link Classification}.
 */
public final class TargetType {
    private final String type;
    private final int code;
    private final String label;

    public TargetType(String type, int code, String label) {
        this.type = type;
        this.code = code;
        this.label = label;
    }

    public String getType() {
        return type;
    }

    public int getCode() {
        return code;
    }

    public String getLabel() {
        return label;
    }

    @Override
    public String toString() {
        return "TargetType[" + type + " " + code + "]";
    }
}
