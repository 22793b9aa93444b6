package org.incidentclassifier.engine;

import org.incidentclassifier.facts.Inconsistency;
import org.incidentclassifier.facts.InconsistencyKind;
import org.incidentclassifier.facts.Severity;

/** The inconsistency a rule test expects, with the severity reason the consistency rules give for its kind. */
public final class ExpectedInconsistency {
    private ExpectedInconsistency() {
    }

    public static Inconsistency inconsistency(InconsistencyKind kind, Severity severity, String explanation) {
        return new Inconsistency(kind, severity, explanation, reason(kind, severity, explanation));
    }

    private static String reason(InconsistencyKind kind, Severity severity, String explanation) {
        return switch (kind) {
            case AFFILIATION_CONFLICT -> "the reports disagree about whom the group answers to, which changes who is"
                    + " behind the attack";
            case COERCED_STATEMENT -> "what a captive says in front of the captors cannot be weighed until the captive"
                    + " speaks freely";
            case UNCONFIRMED_CLAIM -> explanation.startsWith("The perpetrators' figure")
                    ? "the perpetrators' figure is their own claim until confirmed, and an independent figure cannot"
                            + " hold with it"
                    : "an unconfirmed claim against an independent report: serious if the claim is believed, weak"
                            + " evidence on its own";
            default -> switch (severity) {
                case HIGH -> "every figure involved is graded credible (credibility 3 or better)";
                case MEDIUM -> "the least credible figure involved is only possibly true (credibility 4)";
                case LOW -> "it rests on a figure whose truth is doubtful or cannot be judged (credibility 6)";
            };
        };
    }
}
