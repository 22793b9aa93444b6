package org.incidentclassifier.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
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
import org.incidentclassifier.lexicon.Lexicons;
import org.incidentclassifier.nlp.NlpModels;
import org.incidentclassifier.nlp.TextAnnotator;
import org.incidentclassifier.ruleset.RuleFiles;
import org.incidentclassifier.ruleset.RuleSetException;
import org.incidentclassifier.verdict.AnalysedDocument;
import org.incidentclassifier.verdict.AnalysedIncident;
import org.incidentclassifier.verdict.Verdict;
import org.incidentclassifier.verdict.VerdictBuilder;

/**
 * The whole pipeline, assembled in one place so its order reads top to bottom:
 * ingest (done by the caller) -> nlp -> extract -> engine (each report, then the reports of each incident
 * together) -> verdict. A report's own analysis is {@link ReportOutcome}, an incident's {@link IncidentOutcome};
 * this class assembles them and is the one door the CLI, the desk and the Spark job go through. Not thread-safe
 * (it holds one OpenNLP annotator); the loaded models, lexicons and rule base inside are.
 */
public final class Pipeline {
    /**
     * The most facts one report may give the rules: a long news report gives a few hundred, and rules that
     * compare facts pairwise cost the square of their number, so a text past this is refused, not reasoned.
     */
    public static final int MAX_FACTS_PER_REPORT = 5_000;

    private final NlpModels models;
    private final Lexicons lexicons;
    private final RuleBase ruleBase;
    private final TextAnnotator annotator;
    private final Extractor extractor;
    private final Reasoner reasoner;
    private final List<Object> background;
    private final Verdict.Provenance provenance;

    private Pipeline(NlpModels models, Lexicons lexicons, RuleBase ruleBase, Verdict.Provenance provenance) {
        this.provenance = provenance;
        this.models = models;
        this.lexicons = lexicons;
        this.ruleBase = ruleBase;
        this.annotator = new TextAnnotator(models);
        this.extractor = new Extractor(lexicons);
        this.reasoner = new Reasoner(ruleBase);
        this.background = List.copyOf(lexicons.background());
    }

    /** Loads the NLP models and the lexicons, and compiles the rules; reports rule problems with file and line. */
    public static Pipeline load(RuleFiles rules) throws RuleSetException {
        BackgroundLoad<RuleBase> ruleBase = BackgroundLoad.start("rules-loader", () -> RuleBase.compile(rules));
        BackgroundLoad<NlpModels> models = BackgroundLoad.start("models-loader", NlpModels::get);
        Lexicons lexicons = Lexicons.load(rules, NlpModels.sharedStemmer());
        return new Pipeline(models.await(), lexicons, ruleBase.await(), Verdict.Provenance.of(rules));
    }

    /**
     * Loads the NLP models and the lexicons, with rules already compiled (a Spark executor loads them from the
     * module its driver compiled, {@code RuleBase.fromModule}): nothing is compiled here.
     */
    public static Pipeline load(RuleFiles rules, RuleBase ruleBase) throws RuleSetException {
        NlpModels models = NlpModels.get();
        return new Pipeline(models, Lexicons.load(rules, models.stemmer()), ruleBase, Verdict.Provenance.of(rules));
    }

    /**
     * A pipeline for another thread: its own OpenNLP tools, extractor and rule sessions over the same models,
     * lexicons and compiled rules, so a worker costs a few objects, not a reload.
     */
    public Pipeline forAnotherThread() {
        return new Pipeline(models, lexicons, ruleBase, provenance);
    }

    /** The facts the rules will see for one document. */
    public DocumentFacts facts(InputDocument input) {
        return extractor.extract(new Document(input.id(), input.path(), input.date()), annotator.annotate(input.text()),
                locator(input));
    }

    /** Classifies every readable input, grouping reports of one incident; bad inputs become error records. */
    public Verdict classify(List<IngestOutcome> inputs) {
        return classify(inputs, false);
    }

    /**
     * Classifies every readable input. Each report is reasoned over alone first; unless {@code separate},
     * the reports found to describe incidents are then grouped by the rules in rules/incidents/ and each
     * group is reasoned over together, so claims of different reports meet.
     */
    public Verdict classify(List<IngestOutcome> inputs, boolean separate) {
        Analysis a = analyse(inputs, separate);
        return new VerdictBuilder(provenance).build(a.documents(), a.incidents(), a.groupingRulesFired(), a.errors());
    }

    /** As {@link #classify(List, boolean)} on {@code workers} threads, see {@link #analyse(Inputs, boolean, int, Runnable)}. */
    public Verdict classify(Inputs inputs, boolean separate, int workers, Runnable reportDone) {
        Analysis a = analyse(inputs, separate, workers, reportDone);
        return new VerdictBuilder(provenance).build(a.documents(), a.incidents(), a.groupingRulesFired(), a.errors());
    }

    /** What classify builds its verdict from: each report analysed, the incidents, the grouping rules fired, errors. */
    public record Analysis(List<AnalysedDocument> documents, List<AnalysedIncident> incidents,
                           Map<String, Integer> groupingRulesFired, List<Verdict.ErrorEntry> errors) {}

    /** Each report reasoned over alone, then (unless {@code separate}) grouped and reasoned over by incident. */
    public Analysis analyse(List<IngestOutcome> inputs, boolean separate) {
        return analyse(inputs::forEach, separate, 1, () -> { });
    }

    /** Inputs handed on one at a time, as {@code Ingest.forEach} reads them. */
    @FunctionalInterface
    public interface Inputs {
        void forEach(Consumer<IngestOutcome> each);
    }

    /**
     * As {@link #analyse(List, boolean)} on {@code workers} threads: the reports are analysed alone on the
     * pool as they are read, then the incidents are reasoned over on it; results keep the input order, so the
     * analysis does not depend on the number of workers. {@code reportDone} runs (on the calling thread) after
     * each input has been analysed alone, for progress.
     *
     * <p>The partition contract: grouping never joins reports of different {@link BlockingKey}s, and each key's
     * reports are grouped (reprints found too) on their own. So a batch split by the key of each report analysed
     * alone ({@code BlockingKey.of(analyse(List.of(input), true).documents().get(0))}) and each part given to this
     * method, grouped, on its own (another thread or machine), gives the same documents, incidents and errors as
     * the whole batch, incident ids included (they are made from the incident's report ids, {@code IncidentIds}).
     */
    public Analysis analyse(Inputs inputs, boolean separate, int workers, Runnable reportDone) {
        List<AnalysedDocument> analysed = new ArrayList<>();
        List<Verdict.ErrorEntry> errors = new ArrayList<>();
        runAll(inputs::forEach, workers, ReportOutcome::analyse, ReportOutcome::crashed, outcome -> {
            outcome.document().ifPresent(analysed::add);
            outcome.error().ifPresent(errors::add);
            reportDone.run();
        });
        return group(analysed, errors, separate, workers);
    }

    /**
     * Groups reports already analysed alone and reasons over each incident together, as {@link #analyse} does
     * after its first pass: the desk regroups its reports this way when one arrives or is withdrawn, without
     * extracting the others again.
     */
    public Analysis regroup(List<AnalysedDocument> analysed) {
        return group(List.copyOf(analysed), new ArrayList<>(), false, 1);
    }

    /** The verdict of an analysis, with this pipeline's provenance. */
    public Verdict verdict(Analysis a) {
        return new VerdictBuilder(provenance).build(a.documents(), a.incidents(), a.groupingRulesFired(), a.errors());
    }

    /**
     * Splits the reports by {@link BlockingKey}, groups each partition on its own (reprints too are found within
     * it), and reasons over each incident; the incidents keep the input order of their first reports.
     */
    private Analysis group(List<AnalysedDocument> analysed, List<Verdict.ErrorEntry> errors, boolean separate,
                           int workers) {
        Partitions.Grouped grouped = Partitions.group(analysed, separate, errors, this::reason);
        List<AnalysedIncident> incidents = new ArrayList<>();
        runAll(grouped.groups()::forEach, workers,
                (pipeline, group) -> IncidentOutcome.reason(pipeline, group.group(), group.reprintOf()),
                (group, cause) -> IncidentOutcome.crashed(group.group(), cause), outcome -> {
                    outcome.incident().ifPresent(incidents::add);
                    errors.addAll(outcome.errors());
                });
        return new Analysis(analysed, incidents, grouped.rulesFired(), errors);
    }

    /** Runs the work over every input on the workers, handing results on in input order. */
    private <I, R> void runAll(Consumer<Consumer<I>> inputs, int workers, PipelineWorkers.Work<I, R> work,
                               PipelineWorkers.Crash<I, R> crash, Consumer<R> sink) {
        try (PipelineWorkers<I, R> pool = new PipelineWorkers<>(this, workers, work, crash, sink::accept)) {
            inputs.accept(input -> {
                try {
                    pool.accept(input);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e); // only an interrupted wait: the sinks here write nothing
        }
    }

    /** What the rules conclude from one document's facts alone, as classify reasons before grouping reports. */
    public Reasoning reasonAlone(DocumentFacts facts) throws RuleFailure {
        return reason(facts.all());
    }

    /**
     * A rule session kept open over the background facts, into which the analyst's desk inserts and from which it
     * withdraws the facts of an incident's reports as they come and go (see {@code LiveSession}).
     */
    public org.incidentclassifier.engine.LiveSession openSession() {
        return org.incidentclassifier.engine.LiveSession.open(ruleBase, background);
    }

    /** One rule session over the facts and the background facts every session needs (grades, target types). */
    Reasoning reason(List<Object> facts) throws RuleFailure {
        List<Object> all = new ArrayList<>(background);
        all.addAll(facts);
        return reasoner.reason(all);
    }

    /** Evidence in the original text: repaired offsets mapped back, original words quoted. */
    private static EvidenceLocator locator(InputDocument input) {
        return (sentence, start, end) -> {
            int from = input.offsets().toOriginalStart(start);
            int to = input.offsets().toOriginalEnd(end);
            // the words as analysed (repaired), the offsets and, where it differs, the text of the original file
            String repaired = input.text().substring(start, end);
            String original = input.originalText().substring(from, to);
            return new Evidence(input.id(), sentence, from, to, repaired, original.equals(repaired) ? null : original);
        };
    }
}
