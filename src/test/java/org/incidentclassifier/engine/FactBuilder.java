package org.incidentclassifier.engine;

import java.util.List;
import org.incidentclassifier.facts.ClaimStatus;
import org.incidentclassifier.facts.CountClaim;
import org.incidentclassifier.facts.Evidence;
import org.incidentclassifier.facts.Source;
import org.incidentclassifier.facts.SourceKind;
import org.incidentclassifier.facts.Stance;
import org.incidentclassifier.facts.Subject;
import org.incidentclassifier.facts.Trigger;
import org.incidentclassifier.facts.TriggerKind;

/** Hand-built facts for rule tests: no text, no OpenNLP, only what a rule matches. */
final class FactBuilder {
    private FactBuilder() {
    }

    static Evidence at(int start, String text) {
        return new Evidence("doc", 0, start, start + text.length(), text);
    }

    static CountClaim exact(String id, int value, Subject subject, ClaimStatus status) {
        return new CountClaim(id, "doc", value, value, value, false, subject, status,
                new Source("a source", SourceKind.INDEPENDENT_MEDIA, null), Stance.REPORTED, List.of(),
                false, at(value, value + " " + subject));
    }

    static CountClaim atLeast(String id, int value, Subject subject, ClaimStatus status) {
        return new CountClaim(id, "doc", value, value, null, false, subject, status, Source.unknown(),
                Stance.REPORTED, List.of(), false, at(value, "at least " + value));
    }

    static CountClaim about(String id, int value, Subject subject, ClaimStatus status) {
        return new CountClaim(id, "doc", value, (int) Math.floor(value * 0.9), (int) Math.ceil(value * 1.1), true,
                subject, status, Source.unknown(), Stance.REPORTED, List.of(), false, at(value, "some " + value));
    }

    static Trigger trigger(TriggerKind kind, String word) {
        return new Trigger("doc", kind, word, false, false, at(word.length() * 7, word));
    }

    static Trigger threatened(TriggerKind kind, String word) {
        return new Trigger("doc", kind, word, false, true, at(word.length() * 11, word));
    }
}
