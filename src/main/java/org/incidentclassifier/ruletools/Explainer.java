package org.incidentclassifier.ruletools;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.util.ArrayList;
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
import org.incidentclassifier.ruleset.DrlDeclarations;
import org.incidentclassifier.ruleset.DrlRule;
import org.incidentclassifier.ruleset.RuleFiles;
import org.incidentclassifier.ruleset.RuleSetException;

/**
 * The reasoning of {@code classify}, written for a person ({@code incident explain}): the same facts and the
 * same rules, with each step shown. Not thread-safe (it holds an OpenNLP annotator).
 */
public final class Explainer {
    /** The version of the {@code --format json} layout (docs/explain.md). */
    public static final String SCHEMA_VERSION = "1";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Pipeline pipeline;
    private final TextAnnotator annotator = new TextAnnotator(NlpModels.get());
    private final ExplanationWriter writer;
    private final boolean json;
    private final List<ExplainedReasoning> written = new ArrayList<>();

    private Explainer(Pipeline pipeline, RuleBase rules, List<DrlRule> declared, boolean json, boolean identities) {
        this.pipeline = pipeline;
        this.json = json;
        Map<String, String> descriptions = new LinkedHashMap<>();
        for (RuleInfo rule : rules.rules()) {
            descriptions.putIfAbsent(rule.id(), rule.description());
        }
        Map<String, List<DrlRule.Condition>> conditions = new LinkedHashMap<>();
        for (DrlRule rule : declared) {
            conditions.putIfAbsent(rule.id() == null ? rule.name() : rule.id(), rule.conditions());
        }
        this.writer = new ExplanationWriter(descriptions, conditions, identities);
    }

    /**
     * Loads the pipeline and the rule base of a rule set; problems in it are reported as classify reports them.
     *
     * @param json       write one JSON document at {@link #finish} instead of text as it goes
     * @param identities list identities of an actor with itself, which every actor has
     */
    public static Explainer load(RuleFiles files, boolean json, boolean identities) throws RuleSetException {
        return new Explainer(Pipeline.load(files), RuleBase.compile(files), DrlDeclarations.of(files), json,
                identities);
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
        write(writer.words(new Explanation(input.id(), input.path(), sentences, facts, reasoning, failure)), out);
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
        Pipeline.Analysis analysis = pipeline.analyse(new ArrayList<>(inputs), false);
        for (AnalysedIncident incident : analysis.incidents()) {
            if (incident.documents().size() > 1) {
                write(writer.words(incident), out);
            }
        }
    }

    /** Ends the output: with {@code --format json}, the one JSON document of everything explained. */
    public void finish(PrintWriter out) {
        if (json) {
            Map<String, Object> document = new LinkedHashMap<>();
            document.put("schemaVersion", SCHEMA_VERSION);
            document.put("explanations", written);
            try {
                out.println(JSON.writeValueAsString(document));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("an explanation cannot be written as JSON", e);
            }
        }
        out.flush();
    }

    private void write(ExplainedReasoning words, PrintWriter out) {
        if (json) {
            written.add(words);
        } else {
            ExplanationText.print(words, out);
            out.flush();
        }
    }
}
