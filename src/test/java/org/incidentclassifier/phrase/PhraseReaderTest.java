package org.incidentclassifier.phrase;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.stream.Stream;
import org.incidentclassifier.nlp.NlpModels;
import org.incidentclassifier.nlp.Sentence;
import org.incidentclassifier.nlp.TextAnnotator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Sentence -> phrases and links, one row of src/test/resources/phrase/phrases.csv per case, with the real
 * OpenNLP tagger. {@code phrases} brackets noun phrases [..] and verb groups {..}; {@code links} lists
 * "subject -> verb group (voice) (form) -> object" for each verb group with a subject or an object, members of
 * a coordination joined by " + ". All sentences are the team's own.
 */
class PhraseReaderTest {
    private static TextAnnotator annotator;

    static Stream<Arguments> cases() throws IOException {
        try (InputStream in = PhraseReaderTest.class.getResourceAsStream("/phrase/phrases.csv");
             MappingIterator<Map<String, String>> rows = new CsvMapper().readerFor(Map.class)
                     .with(CsvSchema.emptySchema().withHeader()).readValues(in)) {
            return rows.readAll().stream()
                    .map(r -> Arguments.of(r.get("sentence"), r.get("phrases"), r.get("links")));
        }
    }

    private static synchronized Sentence tagged(String text) {
        if (annotator == null) {
            annotator = new TextAnnotator(NlpModels.get());
        }
        return annotator.annotate(text).sentences().get(0);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("cases")
    void readsThesePhrasesAndLinks(String sentence, String phrases, String links) {
        SentencePhrases read = PhraseReader.read(tagged(sentence).tokens());

        assertThat(read.render()).isEqualTo(phrases);
        assertThat(read.renderLinks()).isEqualTo(links);
    }

    @Test
    void aReducedRelativeNeverBecomesTheClausesVerb() {
        SentencePhrases read = PhraseReader.read(tagged("Nine guards held hostage by the rebels were freed.").tokens());

        VerbGroup held = read.verbs().get(0);
        VerbGroup freed = read.verbs().get(1);
        assertThat(held.form()).isEqualTo(VerbGroup.Form.REDUCED_RELATIVE);
        assertThat(freed.form()).isEqualTo(VerbGroup.Form.FINITE);
        assertThat(freed.passive()).isTrue();
        assertThat(read.subjectOf(freed)).extracting(NounPhrase::number).containsExactly(0);
    }

    @Test
    void aBareNumberIsAHeadlessPhrase() {
        SentencePhrases read = PhraseReader.read(tagged("Seven were wounded.").tokens());

        assertThat(read.nouns()).hasSize(1);
        assertThat(read.nouns().get(0).headless()).isTrue();
    }

    @Test
    void anEmptySentenceHasNoPhrases() {
        SentencePhrases read = PhraseReader.read(java.util.List.of());

        assertThat(read.nouns()).isEmpty();
        assertThat(read.verbs()).isEmpty();
        assertThat(read.renderLinks()).isEmpty();
    }
}
