package org.incidentclassifier.evaluation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.incidentclassifier.facts.InconsistencyKind;
import org.incidentclassifier.ingest.InputDocument;
import org.incidentclassifier.pipeline.Pipeline;
import org.incidentclassifier.ruleset.RuleProblem;
import org.incidentclassifier.verdict.Verdict;

/**
 * {@code rules eval}: classifies each document of a corpus alone and compares its verdict with the document's
 * gold file ({@code <gold>/<document id>.yaml}), item by item (see {@link EvalCategory}).
 */
final class CorpusEvaluation {
    private final Path goldDir;
    private final Map<String, GoldFile> gold = new LinkedHashMap<>();
    private final List<RuleProblem> problems = new ArrayList<>();

    private CorpusEvaluation(Path goldDir) {
        this.goldDir = goldDir;
    }

    /** Reads the gold file of every document; the problems (a file missing or malformed) are collected. */
    public static CorpusEvaluation readGold(Path goldDir, List<InputDocument> documents) {
        CorpusEvaluation evaluation = new CorpusEvaluation(goldDir);
        for (InputDocument d : documents) {
            evaluation.readGoldOf(d);
        }
        return evaluation;
    }

    /** Problems with the gold files; evaluate only when there are none. */
    public List<RuleProblem> problems() {
        return List.copyOf(problems);
    }

    /** Classifies each document alone and scores its verdict against its gold file. */
    public EvalReport run(Pipeline pipeline, List<InputDocument> documents) {
        List<DocumentScore> scores = new ArrayList<>();
        for (InputDocument d : documents) {
            Verdict verdict = pipeline.classify(List.of(d));
            String failure = verdict.errors().isEmpty() ? null : verdict.errors().get(0).message();
            scores.add(new DocumentScore(d.id(), d.path(), gold.get(d.id()).items(), found(verdict), failure));
        }
        return new EvalReport(goldDir.toString(), scores);
    }

    private void readGoldOf(InputDocument d) {
        Path file = goldDir.resolve(d.id() + ".yaml");
        if (!Files.isRegularFile(file)) {
            problems.add(new RuleProblem(file.toString(), 0, 0, "no gold file for " + d.path()
                    + " (each document needs <gold>/<file name without .txt>.yaml)"));
            return;
        }
        try {
            GoldFile g = GoldReader.read(file.toString(), d.id(), Files.readString(file, StandardCharsets.UTF_8),
                    problems);
            if (g != null) {
                gold.put(d.id(), g);
            }
        } catch (IOException e) {
            problems.add(new RuleProblem(file.toString(), 0, 0, "cannot read the gold file: " + e.getMessage()));
        }
    }

    /** What a verdict says, as items comparable with a gold file's. */
    static Set<EvalItem> found(Verdict verdict) {
        Set<EvalItem> items = new TreeSet<>();
        for (Verdict.IncidentEntry incident : verdict.incidents()) {
            items.add(new EvalItem(EvalCategory.INCIDENT, "incident"));
            incident.types().forEach(t -> items.add(new EvalItem(EvalCategory.TYPE, t.type())));
            if (!incident.types().isEmpty() && items.stream().noneMatch(i -> i.category() == EvalCategory.PRIMARY_TYPE)) {
                items.add(new EvalItem(EvalCategory.PRIMARY_TYPE, incident.types().get(0).type()));
            }
            // the gold writes a range ("10 to 15 escaped") with its first number; vague figures ("dozens") are no claims
            incident.claims().stream().filter(c -> scored(c) != null)
                    .forEach(c -> items.add(new EvalItem(EvalCategory.CLAIM, c.status() + " " + scored(c))));
            for (Verdict.ActorEntry actor : incident.actors()) {
                // what the actor lexicon knows (status KNOWN) is background, not something the text states
                actor.affiliations().stream().filter(a -> !a.status().equals("KNOWN"))
                        .forEach(a -> items.add(new EvalItem(EvalCategory.AFFILIATION,
                                GoldReader.affiliation(actor.id(), a.relation(), a.target()))));
            }
            // figures that differ but can both hold are shown to the analyst, not scored: the gold files list the
            // inconsistencies an analyst flags, figures that cannot all hold
            incident.inconsistencies().stream().filter(i -> !i.kind().equals(InconsistencyKind.COUNT_DIFFERENCE.name()))
                    .forEach(i -> items.add(new EvalItem(EvalCategory.INCONSISTENCY, i.kind())));
        }
        return items;
    }

    /** The number a claim is scored by: its value, or the first number of a stated range; none for a vague figure. */
    private static Integer scored(Verdict.ClaimEntry c) {
        if (c.value() != null || c.approx()) {
            return c.value();
        }
        return c.min() != null ? c.min() : c.max();
    }
}
