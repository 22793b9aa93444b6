package org.incidentclassifier.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The worker pool: results in input order whatever the number of workers, a dying worker gives its crash result. */
class PipelineWorkersTest {

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 4})
    void resultsComeInInputOrderAndEachWorkerHasItsOwnPipeline(int workers) throws IOException {
        List<String> results = new ArrayList<>();
        Set<Pipeline> pipelines = ConcurrentHashMap.newKeySet();
        PipelineWorkers.Work<Integer, String> slowFirst = (pipeline, n) -> {
            pipelines.add(pipeline);
            sleep(n % 3 == 0 ? 30 : 1); // later inputs finish before earlier ones
            return "r" + n;
        };
        try (PipelineWorkers<Integer, String> pool = new PipelineWorkers<>(SharedPipeline.get(), workers, slowFirst,
                (n, e) -> "crash " + n, results::add)) {
            for (int n = 0; n < 12; n++) {
                pool.accept(n);
            }
        }

        assertThat(results).containsExactly("r0", "r1", "r2", "r3", "r4", "r5", "r6", "r7", "r8", "r9", "r10", "r11");
        assertThat(pipelines).hasSize(workers);
        assertThat(pipelines.contains(SharedPipeline.get())).isEqualTo(workers == 1);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void anErrorEscapingTheWorkBecomesThatInputsCrashResultAndTheOthersGoOn(int workers) throws IOException {
        List<String> results = new ArrayList<>();
        PipelineWorkers.Work<Integer, String> overflowOnTwo = (pipeline, n) -> {
            if (n == 2) {
                throw new StackOverflowError("deep");
            }
            return "r" + n;
        };
        try (PipelineWorkers<Integer, String> pool = new PipelineWorkers<>(SharedPipeline.get(), workers, overflowOnTwo,
                (n, e) -> "crash " + n + ": " + e.getClass().getSimpleName() + " " + e.getMessage(), results::add)) {
            for (int n = 1; n <= 3; n++) {
                pool.accept(n);
            }
        }

        assertThat(results).containsExactly("r1", "crash 2: StackOverflowError deep", "r3");
    }

    @Test
    void noWorkersIsRefused() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new PipelineWorkers<Integer, String>(
                        SharedPipeline.get(), 0, (p, n) -> "", (n, e) -> "", r -> { }))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("workers must be at least 1, not 0");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
