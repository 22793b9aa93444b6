package org.incidentclassifier.pipeline;

import java.util.Optional;
import org.incidentclassifier.engine.RuleFailure;
import org.incidentclassifier.facts.DocumentFacts;
import org.incidentclassifier.ingest.IngestOutcome;
import org.incidentclassifier.ingest.InputDocument;
import org.incidentclassifier.ingest.InputError;
import org.incidentclassifier.verdict.AnalysedDocument;
import org.incidentclassifier.verdict.Verdict;

/**
 * One report's own analysis (extracted and reasoned over alone): the report with its facts and reasoning, or the
 * error record in its place. A report's failure stays its own: it never costs the batch its other reports.
 */
record ReportOutcome(Optional<AnalysedDocument> document, Optional<Verdict.ErrorEntry> error) {

    static ReportOutcome of(AnalysedDocument document) {
        return new ReportOutcome(Optional.of(document), Optional.empty());
    }

    static ReportOutcome failed(Verdict.ErrorEntry error) {
        return new ReportOutcome(Optional.empty(), Optional.of(error));
    }

    /** The pipeline's analysis of one input alone; an unreadable input is its error record. */
    static ReportOutcome analyse(Pipeline pipeline, IngestOutcome outcome) {
        if (outcome instanceof InputError error) {
            return failed(new Verdict.ErrorEntry(error.path(), null, error.problem().name(), error.message()));
        }
        InputDocument input = (InputDocument) outcome;
        DocumentFacts facts;
        try {
            facts = pipeline.facts(input);
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            // a bug or a pathological text in one report must not cost the batch its other reports;
            // memory one report exhausted is free again once its analysis is dropped
            return failed(analysisFailed(input.path(), input.id(), e));
        }
        if (facts.all().size() > Pipeline.MAX_FACTS_PER_REPORT) {
            return failed(new Verdict.ErrorEntry(input.path(), input.id(), "TOO_MANY_FACTS", "the text"
                    + " yields " + facts.all().size() + " facts, more than the " + Pipeline.MAX_FACTS_PER_REPORT
                    + " a report is reasoned over with (a list or table repeated thousands of times?); split it"));
        }
        try {
            return of(new AnalysedDocument(input, facts, pipeline.reason(facts.all())));
        } catch (RuleFailure failure) {
            return failed(new Verdict.ErrorEntry(input.path(), input.id(), "RULE_FAILED", failure.getMessage()));
        }
    }

    /** What stands for an input whose worker died under it. */
    static ReportOutcome crashed(IngestOutcome input, Throwable cause) {
        return failed(input instanceof InputDocument d ? analysisFailed(d.path(), d.id(), cause)
                : analysisFailed(((InputError) input).path(), null, cause));
    }

    /** The error record of a report whose analysis threw: the exception's kind and message, for the user. */
    static Verdict.ErrorEntry analysisFailed(String path, String id, Throwable e) {
        return new Verdict.ErrorEntry(path, id, "ANALYSIS_FAILED", "the text could not be analysed: "
                + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
    }
}
