package org.incidentclassifier.ruletools;

import org.incidentclassifier.facts.ActorMention;
import org.incidentclassifier.facts.Classification;
import org.incidentclassifier.facts.CountClaim;
import org.incidentclassifier.facts.Document;
import org.incidentclassifier.facts.Evidenced;
import org.incidentclassifier.facts.Inconsistency;
import org.incidentclassifier.facts.NotAnIncident;
import org.incidentclassifier.facts.PlaceMention;
import org.incidentclassifier.facts.Trigger;

/** Facts and conclusions in words, with the enumeration names a rule would use to match them. */
final class FactWords {
    private FactWords() {
    }

    /** A fact in full, as listed under its sentence. */
    static String fact(Object fact) {
        if (fact instanceof Trigger t) {
            String phrase = t.phrase().equalsIgnoreCase(t.evidence().text()) ? ""
                    : " (lexicon phrase \"" + t.phrase() + "\")";
            String mood = t.negated() ? ", negated" : t.hypothetical() ? ", hypothetical" : "";
            return "trigger " + t.kind() + mood + ": \"" + t.evidence().text() + "\"" + phrase;
        }
        if (fact instanceof CountClaim c) {
            StringBuilder text = new StringBuilder("claim " + c.id() + ": " + c.figure() + " " + c.subject() + " "
                    + c.status());
            if (c.source().name() != null || c.source().via() != null) {
                text.append(", source ").append(c.source().name() == null ? "not named" : c.source().name())
                        .append(" (").append(c.source().kind())
                        .append(c.source().via() == null ? "" : ", via " + c.source().via()).append(")");
            }
            c.breakdown().forEach(b -> text.append(", ").append(b.country()).append(" ")
                    .append(b.value() == null ? "some" : b.value()));
            return text.append(", ").append(c.stance()).append(": \"").append(c.evidence().text()).append("\"")
                    .toString();
        }
        if (fact instanceof ActorMention a) {
            return "actor " + a.actorId() + " (" + a.name() + ", " + a.kind()
                    + (a.country() == null || a.country().isEmpty() ? "" : ", " + a.country()) + "): \""
                    + a.matchedText() + "\"";
        }
        if (fact instanceof PlaceMention p) {
            return "place " + p.name() + " (" + p.kind()
                    + (p.country() == null || p.country().isEmpty() ? "" : ", " + p.country()) + "): \""
                    + p.matchedText() + "\"";
        }
        if (fact instanceof Document d) {
            return "document " + d.id();
        }
        return String.valueOf(fact);
    }

    /** A fact a rule matched, briefly: what it is, its quoted words and its sentence (counted from 1). */
    static String matched(Object fact) {
        String where = fact instanceof Evidenced e ? " (sentence " + (e.evidence().sentence() + 1) + ")" : "";
        if (fact instanceof Trigger t) {
            return "trigger " + t.kind() + " \"" + t.evidence().text() + "\"" + where;
        }
        if (fact instanceof CountClaim c) {
            return "claim " + c.id() + " \"" + c.evidence().text() + "\"" + where;
        }
        if (fact instanceof ActorMention a) {
            return "actor " + a.actorId() + " \"" + a.matchedText() + "\"" + where;
        }
        if (fact instanceof PlaceMention p) {
            return "place " + p.name() + " \"" + p.matchedText() + "\"" + where;
        }
        if (fact instanceof Document d) {
            return "document " + d.id();
        }
        return conclusion(fact);
    }

    /** A conclusion a rule inserted. */
    static String conclusion(Object conclusion) {
        if (conclusion instanceof Classification c) {
            return c.getType() + " (confidence " + c.getConfidence() + ")";
        }
        if (conclusion instanceof Inconsistency i) {
            return i.getKind() + " inconsistency, " + i.getSeverity() + ": " + i.getExplanation();
        }
        if (conclusion instanceof NotAnIncident n) {
            return "not an incident: " + n.getReason();
        }
        if (conclusion instanceof Number n) {
            return "the computed value " + n;
        }
        return String.valueOf(conclusion);
    }
}
