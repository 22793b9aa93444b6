package org.incidentclassifier.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * The OpenNLP English models (UD English EWT, from Maven Central), loaded once. Models are immutable and
 * shared across threads; the tools built from them ({@link TextAnnotator}) are not.
 */
public final class NlpModels {
    private static final String SENTENCE_MODEL = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    private static final String TOKEN_MODEL = "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
    private static final String POS_MODEL = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";

    private static volatile NlpModels shared;

    final SentenceModel sentences;
    final TokenizerModel tokens;
    final POSModel pos;
    final WordStemmer stemmer;

    /** The stemmer tokens are keyed with; lexicon phrases must be keyed the same way. */
    public WordStemmer stemmer() {
        return stemmer;
    }

    /** The same stemmer, without the models: lexicons can be keyed while the models load on another thread. */
    public static WordStemmer sharedStemmer() {
        return Stemmer.SHARED;
    }

    /** Loaded on first use, once. */
    private static final class Stemmer {
        static final WordStemmer SHARED = WordStemmer.load();
    }

    private NlpModels() {
        try {
            sentences = new SentenceModel(open(SENTENCE_MODEL));
            tokens = new TokenizerModel(open(TOKEN_MODEL));
            pos = new POSModel(open(POS_MODEL));
            stemmer = sharedStemmer();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the OpenNLP English models: " + e.getMessage(), e);
        }
    }

    /** The models, loaded on first use and shared afterwards. */
    public static NlpModels get() {
        NlpModels models = shared;
        if (models == null) {
            synchronized (NlpModels.class) {
                if (shared == null) {
                    shared = new NlpModels();
                }
                models = shared;
            }
        }
        return models;
    }

    private static InputStream open(String resource) throws IOException {
        InputStream in = NlpModels.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IOException("model " + resource + " is not on the class path (opennlp-models-*-en jars missing?)");
        }
        return in;
    }
}
