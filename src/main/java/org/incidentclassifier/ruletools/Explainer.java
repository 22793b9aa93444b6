package org.incidentclassifier.ruletools;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.incidentclassifier.engine.Reasoning;
import org.incidentclassifier.engine.RuleBase;
import org.incidentclassifier.engine.RuleFailure;
import org.incidentclassifier.engine.RuleInfo;
import org.incidentclassifier.facts.DocumentFacts;
import org.incidentclassifier.ingest.InputDocument;
import org.incidentclassifier.nlp.NlpModels;
import org.incidentclassifier.nlp.Sentence;
import org.incidentclassifier.nlp.TextAnnotator;
import org.incidentclassifier.pipeline.Pipeline;
import org.incidentclassifier.verdict.AnalysedIncident;
import org.incidentclassifier.ruleset.RuleFiles;
import org.incidentclassifier.ruleset.RuleSetException;

/**
 * The reasoning of {@code classify}, written for a person ({@code incident explain}): the same facts and the
 * same rules, with each step shown. Not thread-safe (it holds an OpenNLP annotator).
 */
public final class Explainer {
    private final Pipeline pipeline;
    private final TextAnnotator annotator = new TextAnnotator(NlpModels.get());
    private final ExplanationWriter writer;

    private Explainer(Pipeline pipeline, RuleBase rules) {
        this.pipeline = pipeline;
        Map<String, String> descriptions = new LinkedHashMap<>();
        for (RuleInfo rule : rules.rules()) {
            descriptions.putIfAbsent(rule.id(), rule.description());
        }
        this.writer = new ExplanationWriter(descriptions);
    }

    /** Loads the pipeline and the rule base of a rule set; problems in it are reported as classify reports them. */
    public static Explainer load(RuleFiles files) throws RuleSetException {
        return new Explainer(Pipeline.load(files), RuleBase.compile(files));
    }

    /** Explains one document; false when a rule failed on it (the failure is part of the explanation). */
    public boolean explain(InputDocument input, PrintWriter out) {
        DocumentFacts facts = pipeline.facts(input);
        List<String> sentences = annotator.annotate(input.text()).sentences().stream().map(Sentence::text).toList();
        Reasoning reasoning = null;
        String failure = null;
        try {
            reasoning = pipeline.reasonAlone(facts);
        } catch (RuleFailure e) {
            failure = e.getMessage();
        }
        writer.write(new Explanation(input.id(), input.path(), sentences, facts, reasoning, failure), out);
        out.flush();
        return failure == null;
    }

    /**
     * Explains the incidents of several reports as classify groups them: for each incident of more than one
     * report, the rules that joined the reports and the reasoning of the session over all their facts.
     */
    public void explainIncidents(List<InputDocument> inputs, PrintWriter out) {
        if (inputs.size() < 2) {
            return;
        }
        Pipeline.Analysis analysis = pipeline.analyse(new java.util.ArrayList<>(inputs), false);
        for (AnalysedIncident incident : analysis.incidents()) {
            if (incident.documents().size() > 1) {
                writer.writeIncident(incident, out);
            }
        }
        out.flush();
    }
}
