package org.incidentclassifier.engine;

import java.util.ArrayList;
import java.util.List;
import org.incidentclassifier.facts.ActorKind;
import org.incidentclassifier.facts.ActorMention;
import org.incidentclassifier.facts.AffiliationClaim;
import org.incidentclassifier.facts.AliasClaim;
import org.incidentclassifier.facts.ClaimStatus;
import org.incidentclassifier.facts.CountClaim;
import org.incidentclassifier.facts.Document;
import org.incidentclassifier.facts.Evidence;
import org.incidentclassifier.facts.FigureTiming;
import org.incidentclassifier.facts.Facility;
import org.incidentclassifier.facts.FrameKind;
import org.incidentclassifier.facts.KnownAffiliation;
import org.incidentclassifier.facts.NationalityCount;
import org.incidentclassifier.facts.PlaceKind;
import org.incidentclassifier.facts.PlaceMention;
import org.incidentclassifier.facts.Relation;
import org.incidentclassifier.facts.ReportFrame;
import org.incidentclassifier.facts.Source;
import org.incidentclassifier.facts.SourceKind;
import org.incidentclassifier.facts.Stance;
import org.incidentclassifier.facts.Statement;
import org.incidentclassifier.facts.StatementKind;
import org.incidentclassifier.facts.Subject;
import org.incidentclassifier.facts.Trigger;
import org.incidentclassifier.facts.TriggerKind;

/**
 * Hand-built facts for rule tests: no text, no OpenNLP, only what a rule matches.
 * <p>Unless a test says otherwise, a fact is in document {@code "doc"}, sentence 0; a figure is an exact
 * number reported by an independent outlet called "a source"; spans are valid (start &lt;= end) and only
 * matter where a rule compares them.
 */
public final class FactBuilder {
    /** The document facts are in unless a test places them elsewhere. */
    public static final String DOC = "doc";

    private FactBuilder() {
    }

    // ---- evidence -------------------------------------------------------------------------------------

    public static Evidence at(int start, String text) {
        return at(DOC, 0, start, text);
    }

    /** Evidence of {@code text} starting at {@code start} in sentence {@code sentence} of {@code document}. */
    public static Evidence at(String document, int sentence, int start, String text) {
        return new Evidence(document, sentence, start, start + text.length(), text);
    }

    // ---- documents and reports ------------------------------------------------------------------------

    public static Document document(String id) {
        return new Document(id, id + ".txt");
    }

    /** A document the rules found to report an incident, as incident grouping inserts it. */

    // ---- count claims ---------------------------------------------------------------------------------

    public static CountClaim exact(String id, int value, Subject subject, ClaimStatus status) {
        return new CountClaim(id, DOC, value, value, value, false, subject, status,
                new Source("a source", SourceKind.INDEPENDENT_MEDIA, null), Stance.REPORTED, List.of(),
                false, at(value, value + " " + subject));
    }

    public static CountClaim atLeast(String id, int value, Subject subject, ClaimStatus status) {
        return new CountClaim(id, DOC, value, value, null, false, subject, status, Source.unknown(),
                Stance.REPORTED, List.of(), false, at(value, "at least " + value));
    }

    public static CountClaim about(String id, int value, Subject subject, ClaimStatus status) {
        return new CountClaim(id, DOC, value, (int) Math.floor(value * 0.9), (int) Math.ceil(value * 1.1), true,
                subject, status, Source.unknown(), Stance.REPORTED, List.of(), false, at(value, "some " + value));
    }

    /**
     * A figure of {@code value} people of {@code subject} who were {@code status}, to refine: by default exact,
     * a total (not a part), in {@link #DOC} sentence 0, reported by the independent outlet "a source".
     */
    public static ClaimBuilder claim(String id, int value, Subject subject, ClaimStatus status) {
        return new ClaimBuilder(id, value, subject, status);
    }

    /** One nationality of a figure's breakdown ("two Americans": {@code nationals("US", 2)}). */
    public static NationalityCount nationals(String country, Integer value) {
        return new NationalityCount(country, value);
    }

    /** Builds a {@link CountClaim}. */
    public static final class ClaimBuilder {
        private final String id;
        private final Subject subject;
        private final ClaimStatus status;
        private Integer value;
        private Integer min;
        private Integer max;
        private boolean approx;
        private Source source = new Source("a source", SourceKind.INDEPENDENT_MEDIA, null);
        private Stance stance = Stance.REPORTED;
        private final List<NationalityCount> breakdown = new ArrayList<>();
        private boolean part;
        private String document = DOC;
        private int sentence;
        private boolean background;
        private FigureTiming timing = FigureTiming.UNMARKED;
        private String words;

        private ClaimBuilder(String id, int value, Subject subject, ClaimStatus status) {
            this.id = id;
            this.value = value;
            this.min = value;
            this.max = value;
            this.subject = subject;
            this.status = status;
        }

        /** Said by {@code name}, a source of this kind. */
        public ClaimBuilder from(String name, SourceKind kind) {
            this.source = new Source(name, kind, null);
            return this;
        }

        /** Said by {@code name}, a source of this kind, through the outlet {@code via}. */
        public ClaimBuilder from(String name, SourceKind kind, String via) {
            this.source = new Source(name, kind, via);
            return this;
        }

        /** Nobody is named as its source. */
        public ClaimBuilder unattributed(SourceKind kind) {
            this.source = new Source(null, kind, null);
            return this;
        }

        public ClaimBuilder stance(Stance stance) {
            this.stance = stance;
            return this;
        }

        /** "at least N": no upper bound. */
        private int start = -1;

        public ClaimBuilder atLeast() {
            this.max = null;
            return this;
        }

        /** "some N": approximate, with a 10% band. */
        public ClaimBuilder approximately() {
            this.approx = true;
            this.min = (int) Math.floor(value * 0.9);
            this.max = (int) Math.ceil(value * 1.1);
            return this;
        }

        /** "several", "dozens": no number and no bounds. */
        public ClaimBuilder vague() {
            this.value = null;
            this.min = null;
            this.max = null;
            this.approx = true;
            return this;
        }

        /** A part of a larger group ("Eight of the dead", "still holding seven"), not a total. */
        public ClaimBuilder part() {
            this.part = true;
            return this;
        }

        public ClaimBuilder breakdown(NationalityCount... parts) {
            this.breakdown.addAll(List.of(parts));
            return this;
        }

        /** A figure of another event than the one reported (an earlier attack, a war's toll). */
        public ClaimBuilder background() {
            this.background = true;
            return this;
        }

        /** Where the wording places the figure in the incident ("an initial toll", "rose to", "the final toll"). */
        public ClaimBuilder timing(FigureTiming timing) {
            this.timing = timing;
            return this;
        }

        public ClaimBuilder in(String document, int sentence) {
            this.document = document;
            this.sentence = sentence;
            return this;
        }

        /** The figure's words as the report gives them ("including 8 police officers"); by default value and subject. */
        public ClaimBuilder worded(String words) {
            this.words = words;
            return this;
        }

        /** The figure's words start at this offset (by default at ten times its sentence index). */
        public ClaimBuilder at(int offset) {
            this.start = offset;
            return this;
        }

        public CountClaim build() {
            String text = words != null ? words
                    : (value == null ? "several" : value.toString()) + " " + subject.name().toLowerCase();
            return new CountClaim(id, document, value, min, max, approx, subject, status, source, stance, breakdown,
                    part, FactBuilder.at(document, sentence, start >= 0 ? start : 10 * sentence, text), background, timing);
        }
    }

    // ---- triggers -------------------------------------------------------------------------------------

    public static Trigger trigger(TriggerKind kind, String word) {
        return new Trigger(DOC, kind, word, false, false, at(word.length() * 7, word));
    }

    public static Trigger threatened(TriggerKind kind, String word) {
        return new Trigger(DOC, kind, word, false, true, at(word.length() * 11, word));
    }

    /** A trigger the text denies ("did not claim responsibility"). */
    public static Trigger denied(TriggerKind kind, String word) {
        return new Trigger(DOC, kind, word, true, false, at(word.length() * 13, word));
    }

    /** A factual trigger at {@code start} in sentence {@code sentence} of {@code document}. */
    public static Trigger trigger(TriggerKind kind, String word, String document, int sentence, int start) {
        return new Trigger(document, kind, word, false, false, at(document, sentence, start, word));
    }

    /** A trigger the text denies, at a place in a document. */
    public static Trigger denied(TriggerKind kind, String word, String document, int sentence, int start) {
        return new Trigger(document, kind, word, true, false, at(document, sentence, start, word));
    }

    /** A hypothetical trigger ("threatened to storm") at a place in a document. */
    public static Trigger threatened(TriggerKind kind, String word, String document, int sentence, int start) {
        return new Trigger(document, kind, word, false, true, at(document, sentence, start, word));
    }

    // ---- report frames --------------------------------------------------------------------------------

    /** A frame of {@link #DOC} with {@code cues} cue words in these sentences (the first cue in the first one). */
    public static ReportFrame frame(FrameKind kind, int cues, boolean lead, Integer... sentences) {
        return new ReportFrame(DOC, kind, cues, lead, List.of(sentences), at(DOC, sentences[0], 0, kind.name()), null);
    }

    /** As {@link #frame}, its sentences telling of an event {@code daysBeforeReport} days before the report's date. */
    public static ReportFrame datedFrame(FrameKind kind, int daysBeforeReport, Integer... sentences) {
        return new ReportFrame(DOC, kind, sentences.length, false, List.of(sentences),
                at(DOC, sentences[0], 0, kind.name()), daysBeforeReport);
    }

    // ---- actors ---------------------------------------------------------------------------------------

    /**
     * A mention of the actor {@code actorId} of this kind, to refine: by default named and matched as its id,
     * in {@link #DOC} sentence 0 at offset 0, without a country.
     */
    public static MentionBuilder actor(String actorId, ActorKind kind) {
        return new MentionBuilder(actorId, kind);
    }

    /** Builds an {@link ActorMention}. */
    public static final class MentionBuilder {
        private final String actorId;
        private final ActorKind kind;
        private String name;
        private String matchedText;
        private String country;
        private String document = DOC;
        private int sentence;
        private boolean background;
        private FigureTiming timing = FigureTiming.UNMARKED;
        private int start;

        private MentionBuilder(String actorId, ActorKind kind) {
            this.actorId = actorId;
            this.kind = kind;
            this.name = actorId;
            this.matchedText = actorId;
        }

        /** Its canonical name, also the words matched unless {@link #matched} says otherwise. */
        public MentionBuilder named(String name) {
            this.name = name;
            this.matchedText = name;
            return this;
        }

        /** The words of the text that named it ("Japanese hostages"). */
        public MentionBuilder matched(String words) {
            this.matchedText = words;
            return this;
        }

        public MentionBuilder country(String country) {
            this.country = country;
            return this;
        }

        public MentionBuilder in(String document, int sentence) {
            this.document = document;
            this.sentence = sentence;
            return this;
        }

        /** Its character offset in the document. */
        public MentionBuilder at(int start) {
            this.start = start;
            return this;
        }

        public ActorMention build() {
            return new ActorMention(actorId, name, matchedText, kind, country,
                    FactBuilder.at(document, sentence, start, matchedText));
        }
    }

    // ---- affiliations and aliases ---------------------------------------------------------------------

    /**
     * A report's claim that {@code holderId} stands in {@code relation} to {@code targetId}, to refine: by
     * default names are the ids, in {@link #DOC} sentence 0, reported by the independent outlet "a source".
     */
    public static AffiliationBuilder affiliation(String id, String holderId, Relation relation, String targetId) {
        return new AffiliationBuilder(id, holderId, relation, targetId);
    }

    /** Builds an {@link AffiliationClaim}. */
    public static final class AffiliationBuilder {
        private final String id;
        private final String holderId;
        private final Relation relation;
        private final String targetId;
        private String holderName;
        private String targetName;
        private Source source = new Source("a source", SourceKind.INDEPENDENT_MEDIA, null);
        private Stance stance = Stance.REPORTED;
        private String document = DOC;
        private int sentence;
        private boolean background;
        private FigureTiming timing = FigureTiming.UNMARKED;

        private AffiliationBuilder(String id, String holderId, Relation relation, String targetId) {
            this.id = id;
            this.holderId = holderId;
            this.relation = relation;
            this.targetId = targetId;
            this.holderName = holderId;
            this.targetName = targetId;
        }

        /** The words that name the holder ("militants" for an unnamed holder). */
        public AffiliationBuilder holderNamed(String name) {
            this.holderName = name;
            return this;
        }

        public AffiliationBuilder targetNamed(String name) {
            this.targetName = name;
            return this;
        }

        /** Stated by {@code name}, a source of this kind. */
        public AffiliationBuilder from(String name, SourceKind kind) {
            this.source = new Source(name, kind, null);
            return this;
        }

        public AffiliationBuilder stance(Stance stance) {
            this.stance = stance;
            return this;
        }

        private String words;

        public AffiliationBuilder in(String document, int sentence) {
            this.document = document;
            this.sentence = sentence;
            return this;
        }

        /** The words the text states the relation with ("ISWAP, an offshoot of Boko Haram"). */
        public AffiliationBuilder worded(String words) {
            this.words = words;
            return this;
        }

        public AffiliationClaim build() {
            String words = this.words != null ? this.words
                    : holderName + " " + relation.name().toLowerCase().replace('_', ' ') + " " + targetName;
            return new AffiliationClaim(id, document, holderId, holderName, relation, targetId, targetName, source,
                    stance, at(document, sentence, 10 * sentence, words));
        }
    }

    /** A relation the actor lexicon records for an actor the document names. */
    public static KnownAffiliation known(String actorId, Relation relation, String targetId) {
        return new KnownAffiliation(actorId, relation, targetId, targetId);
    }

    /** The text says two names are one actor ({@code how}: ACRONYM, ALSO_KNOWN_AS, CALLS_ITSELF). */
    public static AliasClaim alias(String actorId, String otherActorId, String how) {
        String words = actorId + " (" + otherActorId + ")";
        return new AliasClaim(DOC, actorId, actorId, otherActorId, otherActorId, how, at(0, words));
    }

    // ---- statements, facilities, places ---------------------------------------------------------------

    /** Something {@code speaker} (a source of this kind) says. */
    public static Statement statement(StatementKind kind, String speaker, SourceKind speakerKind,
                                      String text) {
        return new Statement(DOC, kind, new Source(speaker, speakerKind, null), text, at(0, text));
    }

    /** A facility named in sentence {@code sentence} of {@code document}. */
    /** A facility at {@code start} in sentence {@code sentence} of {@code document}. */
    public static Facility facility(String kind, String document, int sentence, int start) {
        return new Facility(document, kind, "Business", at(document, sentence, start, kind));
    }

    public static Facility facility(String kind, String document, int sentence) {
        return new Facility(document, kind, "Business", at(document, sentence, 10 * sentence, kind));
    }

    /** A place of this kind named in {@code document}. */
    /** A place named in sentence {@code sentence} of {@code document}. */
    public static PlaceMention place(String name, PlaceKind kind, String document, int sentence) {
        return new PlaceMention(document, name, name, kind, "DZ", at(document, sentence, 10 * sentence, name));
    }

    /** A place in {@code country} named in sentence {@code sentence} of {@code document}. */
    public static PlaceMention place(String name, PlaceKind kind, String country, String document, int sentence) {
        return new PlaceMention(document, name, name, kind, country, at(document, sentence, 10 * sentence, name));
    }

    public static PlaceMention place(String name, PlaceKind kind, String document) {
        return new PlaceMention(document, name, name, kind, "DZ", at(document, 0, 0, name));
    }
}
