package org.incidentclassifier.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SourceClassifierTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "the provincial police|provincial police",
            "\"The Morning Courier\" |Morning Courier",
            "  A local farmer\t|local farmer",
            "Anders Holm|Anders Holm",
            "theatre staff|theatre staff",
    })
    void stripsQuotesSpacesAndALeadingArticle(String text, String name) {
        assertThat(SourceClassifier.stripArticle(text)).isEqualTo(name);
    }

    @Test
    void aLongRunOfTabsIsTrimmedInLinearTime() {
        String text = "the police" + "\t".repeat(100_000) + "x" + "\t".repeat(100_000);
        long start = System.nanoTime();
        String name = SourceClassifier.stripArticle(text);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
        assertThat(name).startsWith("police").endsWith("x");
    }
}
