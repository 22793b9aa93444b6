package org.incidentclassifier.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.incidentclassifier.ingest.Ingest;
import org.incidentclassifier.ingest.IngestOutcome;
import org.incidentclassifier.ingest.InputDocument;
import org.incidentclassifier.pipeline.DevCorpus;
import org.incidentclassifier.pipeline.SharedPipeline;
import org.incidentclassifier.verdict.Verdict;
import org.junit.jupiter.api.Test;

/**
 * Grouping on the shared dev corpus, all reports and the seeds classified together, scored against groups.yaml as
 * {@code rules eval --group-with seeds} scores it: no report may be merged into an incident it does not belong to,
 * the seeds join the In Amenas reports, every pair of groups.yaml is found (21 of 21), and the share of groups.yaml's cross-report conflicts found (as inconsistencies or
 * figure updates) may not fall below {@code grouping.conflicts.recall} in docs/eval/ratchet.properties.
 */
class DevGroupingTest {
    private static final double RECALL_FLOOR = 1.00;
    private static final List<String> IN_AMENAS = List.of("01-in-amenas-ibtimes-first-day",
            "02-in-amenas-riversstatenews-650-freed", "03-in-amenas-asianews-toll-survivors",
            "04-in-amenas-japantimes-jgc-victims-return");

    @Test
    void noFalseMergeSeedsJoinInAmenasAndRecallAtTheFloors() throws Exception {
        GroupingEvaluation evaluation = GroupingEvaluation.read(DevCorpus.gold());
        ConflictEvaluation conflicts = ConflictEvaluation.read(DevCorpus.gold());
        assertThat(evaluation).as("groups.yaml in " + DevCorpus.gold()).isNotNull();

        List<IngestOutcome> reports = new ArrayList<>(new Ingest().read(List.of(DevCorpus.reports().toString()), null));
        List<IngestOutcome> seeds = new Ingest().read(List.of("seeds"), null);
        Set<String> seedIds = new HashSet<>();
        seeds.forEach(s -> seedIds.add(((InputDocument) s).id()));
        reports.addAll(seeds);
        Verdict verdict = SharedPipeline.get().classify(reports);
        GroupingEvaluation.Score score = evaluation.score(verdict, seedIds);

        assertThat(score.falseMerges()).as("reports merged into another incident").isEmpty();
        assertThat(Math.round(score.recall() * 100)).as("pairs of reports of one incident found, missed: "
                + score.missed()).isGreaterThanOrEqualTo(Math.round(RECALL_FLOOR * 100));
        assertThat(seedIds).hasSize(2);
        for (String seed : seedIds) {
            assertThat(score.companions().get(seed)).as("the incident of seed " + seed).containsAll(IN_AMENAS);
        }

        ConflictEvaluation.Score found = conflicts.score(verdict);
        Map<String, Double> floors = RecordedScores.floors(RecordedScores.GROUPING);
        assertThat(RecordedScores.fallen(Map.of("conflicts.recall", found.recall()), floors, RecordedScores.GROUPING))
                .as("conflicts of groups.yaml found: " + found.results()).isEmpty();
    }
}
