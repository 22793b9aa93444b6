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
        return generic(fact, true);
    }

    /**
     * A fact or conclusion of a type this class does not know, from its record components: "Role actor=aqim,
     * role=PERPETRATOR" plus the quoted evidence; the document id and the evidence record itself are left out.
     */
    static String generic(Object fact, boolean quote) {
        if (fact == null || !fact.getClass().isRecord()) {
            return String.valueOf(fact);
        }
        StringBuilder text = new StringBuilder(fact.getClass().getSimpleName());
        String separator = " ";
        for (java.lang.reflect.RecordComponent c : fact.getClass().getRecordComponents()) {
            if (c.getName().equals("evidence") || c.getName().equals("document")) {
                continue;
            }
            Object value;
            try {
                value = c.getAccessor().invoke(fact);
            } catch (ReflectiveOperationException e) {
                continue;
            }
            if (value == null || value instanceof java.util.Collection<?> list && list.isEmpty()) {
                continue;
            }
            text.append(separator).append(c.getName()).append('=').append(value);
            separator = ", ";
        }
        if (quote && fact instanceof Evidenced e) {
            text.append(": \"").append(e.evidence().text()).append('"');
        }
        return text.toString();
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
        if (conclusion instanceof Evidenced e && conclusion.getClass().isRecord()) {
            return generic(conclusion, false) + " \"" + e.evidence().text() + "\" (sentence "
                    + (e.evidence().sentence() + 1) + ")";
        }
        return generic(conclusion, false);
    }
}
