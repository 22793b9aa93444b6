package org.incidentclassifier.ruletools;

import java.util.stream.Collectors;
import org.incidentclassifier.facts.ActorMention;
import org.incidentclassifier.facts.ActorRole;
import org.incidentclassifier.facts.Affiliation;
import org.incidentclassifier.facts.AffiliationClaim;
import org.incidentclassifier.facts.Classification;
import org.incidentclassifier.facts.CountClaim;
import org.incidentclassifier.facts.Document;
import org.incidentclassifier.facts.Evidenced;
import org.incidentclassifier.facts.Facility;
import org.incidentclassifier.facts.Identity;
import org.incidentclassifier.facts.Inconsistency;
import org.incidentclassifier.facts.NotAnIncident;
import org.incidentclassifier.facts.PlaceMention;
import org.incidentclassifier.facts.ReportFrame;
import org.incidentclassifier.facts.SameActor;
import org.incidentclassifier.facts.SameIncident;
import org.incidentclassifier.facts.Source;
import org.incidentclassifier.facts.SourceKind;
import org.incidentclassifier.facts.Statement;
import org.incidentclassifier.facts.TargetType;
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
        if (fact instanceof AffiliationClaim a) {
            return "affiliation claim " + a.id() + ": " + a.actorId() + " " + a.relation() + " " + a.targetId()
                    + source(a.source()) + ", " + a.stance() + ": \"" + a.evidence().text() + "\"";
        }
        if (fact instanceof Statement st) {
            return "statement " + st.kind() + source(st.speaker()) + ": \"" + st.evidence().text() + "\"";
        }
        if (fact instanceof Facility f) {
            return "facility " + f.kind() + " (target type " + f.targetType() + "): \"" + f.evidence().text() + "\"";
        }
        if (fact instanceof ReportFrame r) {
            return "report frame " + r.kind() + ", " + r.cues() + (r.cues() == 1 ? " distinct cue" : " distinct cues") + " in sentences "
                    + r.sentences().stream().map(i -> String.valueOf(i + 1)).collect(Collectors.joining(", "))
                    + (r.lead() ? " (one in the lead)" : "") + ", first: \"" + r.evidence().text() + "\"";
        }
        return generic(fact, true);
    }

    /**
     * A fact or conclusion of a type this class does not know, from its record components: "Statement kind=
     * DEMAND, speaker=militants (PERPETRATOR)" plus the quoted evidence; the document id, the evidence record
     * itself and empty values are left out.
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
            String words = value(value);
            if (words.isEmpty()) {
                continue;
            }
            text.append(separator).append(c.getName()).append('=').append(words);
            separator = ", ";
        }
        if (quote && fact instanceof Evidenced e) {
            text.append(": \"").append(e.evidence().text()).append('"');
        }
        return text.toString();
    }

    /**
     * A component's value in words: a source as "police (STATE_OFFICIAL, via AFP)", other records by their
     * components, lists item by item; empty for nothing worth saying (null, an empty list, an unknown source).
     */
    private static String value(Object value) {
        if (value == null || value instanceof java.util.Collection<?> list && list.isEmpty()) {
            return "";
        }
        if (value instanceof Source s) {
            return source(s).replaceFirst("^, source ", "");
        }
        if (value instanceof java.util.Collection<?> list) {
            return list.stream().map(FactWords::value).collect(Collectors.joining(", ", "[", "]"));
        }
        if (value.getClass().isRecord()) {
            String inner = generic(value, false);
            return "(" + inner.substring(inner.indexOf(' ') + 1) + ")";
        }
        return String.valueOf(value);
    }

    /** ", source police (STATE_OFFICIAL, via AFP)", or nothing for a source nobody named or typed. */
    private static String source(Source s) {
        if (s == null || s.name() == null && s.via() == null && s.kind() == SourceKind.UNKNOWN) {
            return "";
        }
        return ", source " + (s.name() == null ? "not named" : s.name()) + " (" + s.kind()
                + (s.via() == null ? "" : ", via " + s.via()) + ")";
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
        if (fact instanceof AffiliationClaim a) {
            return "affiliation claim " + a.id() + " \"" + a.evidence().text() + "\"" + where;
        }
        if (fact instanceof Statement st) {
            return "statement " + st.kind() + " \"" + st.evidence().text() + "\"" + where;
        }
        if (fact instanceof Facility f) {
            return "facility " + f.kind() + " \"" + f.evidence().text() + "\"" + where;
        }
        if (fact instanceof ReportFrame r) {
            return "report frame " + r.kind() + where;
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
        if (conclusion instanceof Affiliation a) {
            return "affiliation " + a.getActorId() + " " + a.getRelation() + " " + a.getTargetId() + " ("
                    + a.getStatus() + ")";
        }
        if (conclusion instanceof ActorRole r) {
            return "role " + r.getRole() + " of " + r.getActorId();
        }
        if (conclusion instanceof SameActor same) {
            return "same actor: " + same.getActorId() + " is " + same.getOtherActorId();
        }
        if (conclusion instanceof SameIncident same) {
            return "same incident: " + same.getDocument() + " and " + same.getOtherDocument();
        }
        if (conclusion instanceof TargetType t) {
            return "target type " + t.getType() + " (" + t.getLabel() + ")";
        }
        if (conclusion instanceof Identity i) {
            return "identity: " + i.actorId() + " is " + i.sameAs();
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
