package org.incidentclassifier.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A sentence longer than the tagging cap is cut into pieces, at a comma where there is one, offsets intact. */
class LongSentenceTest {
    private final TextAnnotator annotator = new TextAnnotator(NlpModels.get());

    @Test
    void aSentenceOfFiveHundredWordsWithCommasIsCutAfterCommas() {
        String text = "the convoy moved on, ".repeat(100) + "and stopped.";

        List<Sentence> sentences = annotator.annotate(text).sentences();

        assertThat(sentences).allSatisfy(s -> assertThat(s.tokens().size()).isLessThanOrEqualTo(TextAnnotator.MAX_TOKENS));
        assertThat(sentences.subList(0, sentences.size() - 1)).allSatisfy(s -> assertThat(s.text()).endsWith(","));
        assertThat(sentences.stream().mapToInt(s -> s.tokens().size()).sum()).isEqualTo(5 * 100 + 3);
        assertThat(sentences).allSatisfy(s -> s.tokens().forEach(
                t -> assertThat(text.substring(t.start(), t.end())).isEqualTo(t.text())));
    }

    @Test
    void aTextWithNoPunctuationIsCutEveryTwoHundredTokens() {
        String text = "word ".repeat(450).trim();

        List<Sentence> sentences = annotator.annotate(text).sentences();

        assertThat(sentences).extracting(s -> s.tokens().size()).containsExactly(200, 200, 50);
        assertThat(sentences).extracting(Sentence::index).containsExactly(0, 1, 2);
    }

    @Test
    void anOrdinarySentenceIsOneSentence() {
        assertThat(annotator.annotate("Gunmen seized the plant on Monday, officials said.").sentences()).hasSize(1);
    }
}
