package org.incidentclassifier.extract;

import java.util.List;
import java.util.Set;
import org.incidentclassifier.facts.ClaimStatus;
import org.incidentclassifier.facts.Trigger;
import org.incidentclassifier.facts.TriggerKind;
import org.incidentclassifier.nlp.Token;

/**
 * "15 people remain missing": after an abduction the ones not yet back are a figure of the kidnapping; after a
 * blast, a flood or a collapse the words are about the search for bodies, and in lists of figures of other events
 * they are about people gone for years. So a MISSING figure read through "remain" counts only in a report that has
 * told an abduction (a kidnapping or hostage-taking trigger in an earlier sentence) and no explosion.
 */
final class CaptiveMissing {
    private static final Set<TriggerKind> CAPTURES = Set.of(TriggerKind.KIDNAPPING, TriggerKind.HOSTAGE_TAKING);
    private static final Set<TriggerKind> BLASTS = Set.of(TriggerKind.BOMBING, TriggerKind.EXPLOSIVE_WEAPON);

    private CaptiveMissing() {
    }

    /** The figure says some "remain missing" (or "remained unaccounted for"). */
    static boolean remainsMissing(List<Token> tokens, ClaimExtractor.Figure f) {
        if (f.status() != ClaimStatus.MISSING) {
            return false;
        }
        for (int k = f.group().end(); k < f.end(); k++) {
            if (tokens.get(k).stem().equals("remain")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The report so far has told an abduction and no explosion, or the sentence counts the taken before the
     * missing ("kidnapped 30 students, and 12 remain missing").
     */
    static boolean afterAbduction(List<Trigger> toldBefore, List<ClaimExtractor.Figure> sentence,
                                  ClaimExtractor.Figure missing) {
        boolean takenBefore = sentence.stream()
                .anyMatch(f -> f.status() == ClaimStatus.TAKEN && f.end() <= missing.group().start());
        return takenBefore && toldBefore.stream().noneMatch(t -> t.isFactual() && BLASTS.contains(t.kind()))
                || afterAbduction(toldBefore);
    }

    private static boolean afterAbduction(List<Trigger> toldBefore) {
        boolean captured = false;
        for (Trigger t : toldBefore) {
            if (t.isFactual() && BLASTS.contains(t.kind())) {
                return false;
            }
            captured |= t.isFactual() && CAPTURES.contains(t.kind());
        }
        return captured;
    }
}
