package org.incidentclassifier.pipeline;

import java.util.ArrayList;
import java.util.List;
import org.incidentclassifier.engine.Reasoner;
import org.incidentclassifier.engine.Reasoning;
import org.incidentclassifier.engine.RuleBase;
import org.incidentclassifier.engine.RuleFailure;
import org.incidentclassifier.extract.EvidenceLocator;
import org.incidentclassifier.extract.Extractor;
import org.incidentclassifier.facts.Document;
import org.incidentclassifier.facts.DocumentFacts;
import org.incidentclassifier.facts.Evidence;
import org.incidentclassifier.ingest.IngestOutcome;
import org.incidentclassifier.ingest.InputDocument;
import org.incidentclassifier.ingest.InputError;
import org.incidentclassifier.lexicon.Lexicons;
import org.incidentclassifier.nlp.NlpModels;
import org.incidentclassifier.nlp.TextAnnotator;
import org.incidentclassifier.ruleset.RuleFiles;
import org.incidentclassifier.ruleset.RuleSetException;
import org.incidentclassifier.verdict.AnalysedDocument;
import org.incidentclassifier.verdict.Verdict;
import org.incidentclassifier.verdict.VerdictBuilder;

/**
 * The whole pipeline, assembled in one place so its order reads top to bottom:
 * ingest (done by the caller) -> nlp -> extract -> engine -> verdict.
 * Not thread-safe (it holds one OpenNLP annotator); the loaded models, lexicons and rule base inside are.
 */
public final class Pipeline {
    private final TextAnnotator annotator;
    private final Extractor extractor;
    private final Reasoner reasoner;

    private Pipeline(TextAnnotator annotator, Extractor extractor, Reasoner reasoner) {
        this.annotator = annotator;
        this.extractor = extractor;
        this.reasoner = reasoner;
    }

    /** Loads the NLP models and the lexicons, and compiles the rules; reports rule problems with file and line. */
    public static Pipeline load(RuleFiles rules) throws RuleSetException {
        NlpModels models = NlpModels.get();
        Lexicons lexicons = Lexicons.load(rules, models.stemmer());
        RuleBase ruleBase = RuleBase.compile(rules);
        return new Pipeline(new TextAnnotator(models), new Extractor(lexicons), new Reasoner(ruleBase));
    }

    /** The facts the rules will see for one document. */
    public DocumentFacts facts(InputDocument input) {
        return extractor.extract(new Document(input.id(), input.path()), annotator.annotate(input.text()),
                locator(input));
    }

    /** Classifies every readable input; unreadable inputs and rule failures become error records. */
    public Verdict classify(List<IngestOutcome> inputs) {
        List<AnalysedDocument> analysed = new ArrayList<>();
        List<Verdict.ErrorEntry> errors = new ArrayList<>();
        for (IngestOutcome outcome : inputs) {
            if (outcome instanceof InputError error) {
                errors.add(new Verdict.ErrorEntry(error.path(), null, error.problem().name(), error.message()));
                continue;
            }
            InputDocument input = (InputDocument) outcome;
            DocumentFacts facts = facts(input);
            try {
                Reasoning reasoning = reasoner.reason(facts.all());
                analysed.add(new AnalysedDocument(input, facts, reasoning));
            } catch (RuleFailure failure) {
                errors.add(new Verdict.ErrorEntry(input.path(), input.id(), "RULE_FAILED", failure.getMessage()));
            }
        }
        return new VerdictBuilder().build(analysed, errors);
    }

    /** Evidence in the original text: repaired offsets mapped back, original words quoted. */
    private static EvidenceLocator locator(InputDocument input) {
        return (sentence, start, end) -> {
            int from = input.offsets().toOriginalStart(start);
            int to = input.offsets().toOriginalEnd(end);
            return new Evidence(input.id(), sentence, from, to, input.originalText().substring(from, to));
        };
    }
}
