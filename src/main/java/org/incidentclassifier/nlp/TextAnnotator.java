package org.incidentclassifier.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;

/**
 * Splits text into sentences, tokens and POS tags with OpenNLP, and adds stems for lexicon matching (the statistical lemmatizer is ten times slower than tagging).
 * Not thread-safe (the OpenNLP *ME tools are not): use one per thread.
 */
public final class TextAnnotator {
    private final SentenceDetectorME sentenceDetector;
    private final TokenizerME tokenizer;
    private final POSTaggerME tagger;
    private final WordStemmer stemmer;

    /** The longest sentence tagged as one; longer ones are cut (see {@link #addSentences}). */
    public static final int MAX_TOKENS = 200;

    public TextAnnotator(NlpModels models) {
        this.sentenceDetector = new SentenceDetectorME(models.sentences);
        this.tokenizer = new TokenizerME(models.tokens);
        this.tagger = new POSTaggerME(models.pos);
        this.stemmer = models.stemmer;
    }

    public AnnotatedText annotate(String text) {
        List<Sentence> sentences = new ArrayList<>();
        // Line breaks that survive ingest repair are real boundaries (headlines, bylines, paragraphs):
        // detect sentences within each line so a headline never merges with the next line.
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            String line = text.substring(lineStart, lineEnd);
            for (Span span : sentenceDetector.sentPosDetect(line)) {
                Span trimmed = span.trim(line);
                if (trimmed.length() > 0) {
                    addSentences(sentences, text, lineStart + trimmed.getStart(), lineStart + trimmed.getEnd());
                }
            }
            lineStart = lineEnd + 1;
        }
        return new AnnotatedText(text, sentences);
    }

    /**
     * Adds the sentence at [start, end), cut into pieces of at most {@link #MAX_TOKENS} tokens: tagging time
     * grows with the square of a sentence's length, and a text with no punctuation is one endless "sentence".
     * A piece ends at the last comma, semicolon or colon of its second half when there is one.
     */
    private void addSentences(List<Sentence> into, String text, int start, int end) {
        String sentenceText = text.substring(start, end);
        Span[] spans = splitDashes(tokenizer.tokenizePos(sentenceText), sentenceText);
        if (spans.length <= MAX_TOKENS) {
            into.add(sentence(into.size(), text, start, end, spans));
            return;
        }
        int from = 0;
        while (from < spans.length) {
            int to = Math.min(from + MAX_TOKENS, spans.length);
            if (to < spans.length) {
                for (int k = to - 1; k > from + MAX_TOKENS / 2; k--) {
                    String word = sentenceText.substring(spans[k].getStart(), spans[k].getEnd());
                    if (word.equals(",") || word.equals(";") || word.equals(":")) {
                        to = k + 1;
                        break;
                    }
                }
            }
            int pieceStart = start + spans[from].getStart();
            int pieceEnd = start + spans[to - 1].getEnd();
            into.add(sentence(into.size(), text, pieceStart, pieceEnd,
                    splitDashes(tokenizer.tokenizePos(text.substring(pieceStart, pieceEnd)), text.substring(pieceStart, pieceEnd))));
            from = to;
        }
    }

    /**
     * "six others\u2014four women and two men\u2014were freed": the tokenizer leaves words joined by an em or en
     * dash with no spaces as one token ("others\u2014four"); the dash is an aside's opener, a token of its own.
     */
    static Span[] splitDashes(Span[] spans, String text) {
        List<Span> out = new ArrayList<>(spans.length);
        for (Span span : spans) {
            int from = span.getStart();
            for (int k = span.getStart(); k < span.getEnd(); k++) {
                char c = text.charAt(k);
                boolean nextToWord = k > span.getStart() && Character.isLetter(text.charAt(k - 1))
                        || k + 1 < span.getEnd() && Character.isLetter(text.charAt(k + 1));
                if ((c == '\u2014' || c == '\u2013') && span.getEnd() - span.getStart() > 1 && nextToWord) {
                    if (k > from) {
                        out.add(new Span(from, k));
                    }
                    out.add(new Span(k, k + 1));
                    from = k + 1;
                }
            }
            if (from < span.getEnd()) {
                out.add(new Span(from, span.getEnd()));
            }
        }
        return out.toArray(new Span[0]);
    }

    /**
     * The tags of a sentence's words. The tagger was trained on mixed case: it reads an all-caps headline
     * ("GUNMEN KILL 12 IN MARKET ATTACK") as a row of proper nouns, so such a line is tagged in lower case.
     */
    private String[] tags(String[] words) {
        boolean shouting = isShouting(words);
        String[] tagged = words;
        if (shouting) {
            tagged = new String[words.length];
            for (int i = 0; i < words.length; i++) {
                tagged[i] = words[i].toLowerCase(Locale.ROOT);
            }
        }
        String[] tags = tagger.tag(tagged);
        for (int i = 1; i + 1 < words.length; i++) {
            if (isTollMove(tagged, tags, i) || isParticipleBeforeCount(tagged, tags, i)
                    || isPastVerbBeforeCount(tagged, tags, i)) {
                tags[i] = "VERB";
            }
        }
        return tags;
    }

    /** Words between a clause joiner's participle and its count: "and injuring more than 50", "and wounding some 20". */
    private static final Set<String> COUNT_OPENERS = Set.of("at", "more", "over", "some", "about",
            "around", "nearly", "almost", "dozens", "scores", "hundreds", "several", "another", "up");
    private static final Set<String> CLAUSE_JOINS = Set.of("and", ",", "also", "while", "then");

    /**
     * "killing 18 and injuring 50": the tagger reads the second participle of the pair as an adjective (or a noun);
     * after "and" or a comma and before a count, an -ing word is the verb whose object the count is.
     */
    private static boolean isParticipleBeforeCount(String[] words, String[] tags, int i) {
        String word = words[i].toLowerCase(Locale.ROOT);
        if (!(tags[i].equals("ADJ") || tags[i].equals("NOUN")) || !word.endsWith("ing") || word.length() < 6
                || !CLAUSE_JOINS.contains(words[i - 1].toLowerCase(Locale.ROOT))) {
            return false;
        }
        String next = words[i + 1].toLowerCase(Locale.ROOT);
        return tags[i + 1].equals("NUM") || COUNT_OPENERS.contains(next);
    }

    /**
     * "Troops freed more than 60 captives", "Police freed 9 pupils": the tagger reads a past form between a noun
     * and a count as an adverb, an adjective or a noun; there it is the verb whose object the count is.
     */
    private static boolean isPastVerbBeforeCount(String[] words, String[] tags, int i) {
        String word = words[i].toLowerCase(Locale.ROOT);
        if (!(tags[i].equals("ADV") || tags[i].equals("ADJ") || tags[i].equals("NOUN")) || !word.endsWith("ed")
                || word.length() < 5 || !(tags[i - 1].equals("NOUN") || tags[i - 1].equals("PROPN"))) {
            return false;
        }
        String next = words[i + 1].toLowerCase(Locale.ROOT);
        return tags[i + 1].equals("NUM") || COUNT_OPENERS.contains(next);
    }

    private static final Set<String> TOLL_MOVES = Set.of("from", "to", "by", "above", "past");
    /** Tags of the word that ends a toll's subject: "toll", "dead", "killed". */
    private static final Set<String> TOLL_SUBJECT_ENDS = Set.of("NOUN", "ADJ", "VERB");
    /** Past forms the tagger reads as a noun or an adjective after a toll ("rose" the flower, "dead jumped"). */
    private static final Set<String> MOVE_VERBS = Set.of("rose", "jumped", "climbed", "soared",
            "increased", "surged", "swelled", "grew", "fell", "dropped");

    /**
     * "the death toll rose from 12 to 20", "the number of dead jumped from 7 to 19", "people killed rose from 4":
     * after a noun, an adjective or a participle and before from/to/by, a moving word is the toll's verb, whatever the tagger made of it.
     */
    private static boolean isTollMove(String[] words, String[] tags, int i) {
        return (tags[i].equals("NOUN") || tags[i].equals("ADJ")) && TOLL_SUBJECT_ENDS.contains(tags[i - 1])
                && MOVE_VERBS.contains(words[i].toLowerCase(Locale.ROOT))
                && TOLL_MOVES.contains(words[i + 1].toLowerCase(Locale.ROOT));
    }

    /** A line of at least three words with no lower-case letter (a wire headline). */
    static boolean isShouting(String[] words) {
        int capitalWords = 0;
        for (String w : words) {
            for (int k = 0; k < w.length(); k++) {
                if (Character.isLowerCase(w.charAt(k))) {
                    return false;
                }
            }
            if (w.length() > 1 && Character.isUpperCase(w.charAt(0))) {
                capitalWords++;
            }
        }
        return capitalWords >= 3;
    }

    private Sentence sentence(int index, String text, int start, int end, Span[] spans) {
        String sentenceText = text.substring(start, end);
        String[] words = Span.spansToStrings(spans, sentenceText);
        String[] tags = tags(words);
        List<Token> tokens = new ArrayList<>(words.length);
        for (int i = 0; i < words.length; i++) {
            // The tokenizer splits hyphenated words ("hostage - takers", "36- year - old", "Fifty - five");
            // lexicons and number reading want them whole, so rejoin pieces that touch across a hyphen.
            int j = i;
            while (j + 1 < words.length && spans[j].getEnd() == spans[j + 1].getStart()
                    && (words[j].endsWith("-") || words[j + 1].startsWith("-"))) {
                j++;
            }
            if (j + 1 < words.length && j > i && words[j].equals("-")) {
                j--;
            }
            int from = spans[i].getStart();
            int to = spans[j].getEnd();
            String word = sentenceText.substring(from, to);
            String tag = j > i && tags[i].equals("NUM") && tags[j].equals("NUM") ? "NUM" : tags[j];
            tokens.add(new Token(word, start + from, start + to, tag, stemmer.stem(word)));
            i = j;
        }
        return new Sentence(index, start, end, sentenceText, tokens);
    }
}
