package org.incidentclassifier.ruletools;

import java.io.PrintWriter;

/**
 * Writes the words of an explanation ({@link ExplainedReasoning}) for a person, section by section: the facts
 * by sentence (or, for an incident of several reports, the rules that joined them), the rules that fired, the
 * conclusions and the withdrawn ones. Each empty section says why it is empty.
 */
final class ExplanationText {
    private ExplanationText() {
    }

    /** The words as a person reads them. */
    static void print(ExplainedReasoning w, PrintWriter out) {
        if (w.kind().equals("incident")) {
            out.println("== incident of " + w.document().split(" \\+ ").length + " reports: "
                    + w.document().replace(" + ", ", "));
            out.println();
            out.println("Reports joined:");
            if (w.joinedBy().isEmpty()) {
                out.println("  none by a rule (reprints follow the report they copy)");
            }
            w.joinedBy().forEach(j -> out.println("  " + j));
            out.println();
            out.println("The reports' facts reasoned over together:");
        } else {
            out.println("== " + w.document() + " (" + w.path() + ")");
            out.println();
            out.println("Facts found, by sentence (" + w.sentences() + " sentences, " + w.facts().size()
                    + " with facts):");
            if (w.facts().isEmpty()) {
                out.println("  none: no lexicon word, name or figure was found");
            }
            for (ExplainedReasoning.SentenceFacts s : w.facts()) {
                out.println("  sentence " + s.sentence() + (s.text() == null ? "" : ": " + s.text()));
                s.facts().forEach(f -> out.println("    " + f));
            }
        }
        out.println();
        if (w.failure() != null) {
            out.println("The rules stopped: " + w.failure());
            out.println("No conclusions were drawn for this document.");
            out.println();
            return;
        }
        printRules(w, out);
        printConclusions(w, out);
        out.println("Withdrawn conclusions:");
        if (w.withdrawn().isEmpty()) {
            out.println("  none");
        }
        for (ExplainedReasoning.Withdrawal d : w.withdrawn()) {
            out.println("  " + d.conclusion());
            out.println("    concluded by " + d.rule() + " from " + d.from() + ",");
            out.println("    " + d.why());
        }
        out.println();
    }

    private static void printRules(ExplainedReasoning w, PrintWriter out) {
        out.println("Rules that fired:");
        if (w.rules().isEmpty()) {
            out.println("  none: no rule matched these facts");
        }
        for (ExplainedReasoning.RuleFiring r : w.rules()) {
            out.println("  " + r.rule() + ", fired " + r.fired() + (r.fired() == 1 ? " time" : " times")
                    + (r.description().isEmpty() ? "" : ": " + r.description()));
            r.because().forEach(b -> out.println("    " + b));
            for (ExplainedReasoning.Match m : r.matches()) {
                out.println("    on " + m.on());
                out.println("      concluded " + m.concluded() + (m.laterWithdrawn() ? " (later withdrawn)" : ""));
            }
            if (r.moreMatches() > 0) {
                out.println("    and " + r.moreMatches() + " more matches");
            }
            if (r.hiddenIdentities() > 0) {
                out.println("    and " + r.hiddenIdentities() + " identities of an actor with itself (--all shows"
                        + " them)");
            }
        }
        out.println();
    }

    private static void printConclusions(ExplainedReasoning w, PrintWriter out) {
        out.println("Conclusions:");
        if (w.conclusions().isEmpty()) {
            out.println("  none: the verdict has no incident for this document");
        }
        for (ExplainedReasoning.Conclusion c : w.conclusions()) {
            out.println("  " + c.conclusion());
            c.by().forEach(b -> out.println("    by " + b.rule() + (b.confidence() == null ? ""
                    : " (confidence " + b.confidence() + ")") + (b.matches() == 1 ? "" : ", " + b.matches()
                    + " matches")));
            out.println("    resting on " + c.restingOn());
        }
        if (w.conclusions().stream().anyMatch(c -> c.conclusion().startsWith("not an incident: "))) {
            out.println("  (classification rules do not fire while the document is concluded not to be an"
                    + " incident)");
        }
        out.println();
    }
}
