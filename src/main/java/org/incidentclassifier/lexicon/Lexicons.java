package org.incidentclassifier.lexicon;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.incidentclassifier.facts.ActorKind;
import org.incidentclassifier.facts.ClaimStatus;
import org.incidentclassifier.facts.FrameKind;
import org.incidentclassifier.facts.SourceGrade;
import org.incidentclassifier.facts.TargetTypeCode;
import org.incidentclassifier.facts.StatementKind;
import org.incidentclassifier.facts.FigureTiming;
import org.incidentclassifier.facts.SourceKind;
import org.incidentclassifier.facts.Stance;
import org.incidentclassifier.facts.Subject;
import org.incidentclassifier.facts.TriggerKind;
import org.incidentclassifier.nlp.WordStemmer;
import org.incidentclassifier.ruleset.RuleFiles;
import org.incidentclassifier.ruleset.RuleProblem;
import org.incidentclassifier.ruleset.RuleSetException;

/**
 * The analysts' lexicons from {@code rules/lexicon/}, loaded and indexed for extraction. Immutable once
 * loaded and shared across threads. Every problem in the files is reported with file, line and column.
 */
public final class Lexicons {
    final Map<String, CountryEntry> countries = new HashMap<>();
    final Map<String, ActorEntry> actorsById = new HashMap<>();
    final NameIndex<ActorEntry> actors = new NameIndex<>();
    final NameIndex<OutletEntry> outlets = new NameIndex<>();
    final NameIndex<PlaceEntry> places = new NameIndex<>();
    final NameIndex<Demonym> demonyms = new NameIndex<>();
    final PhraseTable<TriggerKind> triggers = new PhraseTable<>();
    final PhraseTable<ClaimStatus> statuses = new PhraseTable<>();
    final PhraseTable<Subject> subjects = new PhraseTable<>();
    final PhraseTable<SourceKind> sourceWords = new PhraseTable<>();
    final PhraseTable<Stance> stanceWords = new PhraseTable<>();
    final PhraseTable<RelationCue> relations = new PhraseTable<>();
    final List<RelationCue> relationAffixes = new ArrayList<>();
    final PhraseTable<ActorKind> actorWords = new PhraseTable<>();
    final PhraseTable<Title> titles = new PhraseTable<>();
    final PhraseTable<FacilityEntry> facilities = new PhraseTable<>();
    final PhraseTable<StatementKind> statements = new PhraseTable<>();
    final PhraseTable<FrameKind> frames = new PhraseTable<>();
    final PhraseTable<SourceKind> captivity = new PhraseTable<>();
    final PhraseTable<FigureTiming> figureTiming = new PhraseTable<>();
    final List<SourceGrade> grades = new ArrayList<>();
    final Map<String, TargetTypeCode> targetTypes = new java.util.LinkedHashMap<>();

    private Lexicons() {
    }

    public static Lexicons load(RuleFiles files, WordStemmer stemmer) throws RuleSetException {
        Lexicons lexicons = new Lexicons();
        List<RuleProblem> problems = new ArrayList<>();
        new LexiconLoader(files, stemmer, lexicons, problems).loadAll();
        if (!problems.isEmpty()) {
            throw new RuleSetException("the lexicons in " + files.origin() + " have " + problems.size()
                    + " problem(s)", problems);
        }
        lexicons.actors.build();
        lexicons.outlets.build();
        lexicons.places.build();
        lexicons.demonyms.build();
        return lexicons;
    }

    public NameIndex<ActorEntry> actors() {
        return actors;
    }

    public ActorEntry actor(String id) {
        return actorsById.get(id);
    }

    public NameIndex<OutletEntry> outlets() {
        return outlets;
    }

    public NameIndex<PlaceEntry> places() {
        return places;
    }

    public NameIndex<Demonym> demonyms() {
        return demonyms;
    }

    public CountryEntry country(String code) {
        return countries.get(code);
    }

    public PhraseTable<TriggerKind> triggers() {
        return triggers;
    }

    public PhraseTable<ClaimStatus> statuses() {
        return statuses;
    }

    public PhraseTable<Subject> subjects() {
        return subjects;
    }

    public PhraseTable<SourceKind> sourceWords() {
        return sourceWords;
    }

    public PhraseTable<Stance> stanceWords() {
        return stanceWords;
    }

    public PhraseTable<RelationCue> relations() {
        return relations;
    }

    /** Relation cues that are part of a compound word: "linked" in "al-Qaida-linked", "pro" in "pro-government". */
    public List<RelationCue> relationAffixes() {
        return java.util.Collections.unmodifiableList(relationAffixes);
    }

    public PhraseTable<ActorKind> actorWords() {
        return actorWords;
    }

    public PhraseTable<Title> titles() {
        return titles;
    }

    public PhraseTable<FacilityEntry> facilities() {
        return facilities;
    }

    public PhraseTable<StatementKind> statements() {
        return statements;
    }

    /** Cue words of lexicon/frames.csv: what kind of text a report is (a review, a court report...). */
    public PhraseTable<FrameKind> frames() {
        return frames;
    }

    /** Words that place a figure in the incident's life ("rose to", "the final toll", "initially"): figure-timing.csv. */
    public PhraseTable<FigureTiming> figureTiming() {
        return figureTiming;
    }

    /** Words that place what follows in captivity ("in a video shot in captivity"): captivity.csv. */
    public PhraseTable<SourceKind> captivity() {
        return captivity;
    }

    /** The facts every rule session needs besides a document's: credibility grades and target-type codes. */
    public List<Object> background() {
        List<Object> background = new ArrayList<>(grades);
        background.addAll(targetTypes.values());
        return background;
    }

    /** The credibility grades of credibility.csv; a null stance stands for "any stance" ("*"). */
    public List<SourceGrade> grades() {
        return List.copyOf(grades);
    }
}
