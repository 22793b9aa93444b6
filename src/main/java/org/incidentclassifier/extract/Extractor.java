package org.incidentclassifier.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.incidentclassifier.facts.ActorMention;
import org.incidentclassifier.facts.AffiliationClaim;
import org.incidentclassifier.facts.AliasClaim;
import org.incidentclassifier.facts.AttackerCount;
import org.incidentclassifier.facts.ClaimStatus;
import org.incidentclassifier.facts.CountClaim;
import org.incidentclassifier.facts.Document;
import org.incidentclassifier.facts.DocumentFacts;
import org.incidentclassifier.facts.Evidence;
import org.incidentclassifier.facts.EventDate;
import org.incidentclassifier.facts.Facility;
import org.incidentclassifier.facts.Headcount;
import org.incidentclassifier.facts.KnownAffiliation;
import org.incidentclassifier.facts.PlaceMention;
import org.incidentclassifier.facts.Relation;
import org.incidentclassifier.facts.Source;
import org.incidentclassifier.facts.Stance;
import org.incidentclassifier.facts.Statement;
import org.incidentclassifier.facts.Trigger;
import org.incidentclassifier.lexicon.ActorEntry;
import org.incidentclassifier.lexicon.Lexicons;
import org.incidentclassifier.nlp.AnnotatedText;
import org.incidentclassifier.nlp.Sentence;

/**
 * Entry point of the extraction stage: reads an annotated document and returns the facts the rules see:
 * count claims with their sources, actors and what the text says about them, event triggers, places,
 * facilities and statements, each with its evidence. Thread-safe (holds only immutable lexicons).
 */
public final class Extractor {
    private final Lexicons lexicons;
    private final ClaimExtractor claims;
    private final AttributionFinder attributions;
    private final MentionFinder mentions;
    private final ActorFinder actors;
    private final AliasFinder aliases = new AliasFinder();
    private final AffiliationFinder affiliations;
    private final StatementFinder statements;
    private final FigureTimingFinder timings;
    private final AttackerFigures attackerFigures;
    private final Headcounts headcounts;
    private final RecalledDates recalled;

    public Extractor(Lexicons lexicons) {
        this.lexicons = lexicons;
        this.claims = new ClaimExtractor(lexicons);
        this.attributions = new AttributionFinder(lexicons);
        this.mentions = new MentionFinder(lexicons);
        this.actors = new ActorFinder(lexicons);
        this.affiliations = new AffiliationFinder(lexicons);
        this.statements = new StatementFinder(lexicons);
        this.timings = new FigureTimingFinder(lexicons);
        this.attackerFigures = new AttackerFigures(lexicons);
        this.headcounts = new Headcounts(lexicons);
        this.recalled = new RecalledDates(lexicons);
    }

    public DocumentFacts extract(Document document, AnnotatedText text, EvidenceLocator locator) {
        String doc = document.id();
        Collected c = new Collected();
        Source lastSpeaker = null;
        List<Attribution> previousSaid = List.of();
        Sentence previous = null;
        FrameFinder frames = new FrameFinder(lexicons, doc);
        ReportDates dates = new ReportDates(document.date(), text.text());
        Source outlet = DocumentOutlet.of(text.text(), lexicons); // the report's own outlet, for unattributed figures
        PastYears pastYears = PastYears.of(dates.reportDate(), text.text());
        RecalledEvents recalledEvents = new RecalledEvents(lexicons, pastYears, dates.reportDate());
        for (Sentence sentence : text.sentences()) {
            List<EventDate> sentenceDates = dates.find(doc, sentence, locator, recalled);
            recalledEvents.start(sentence, sentenceDates, locator);
            if (RecalledDates.recallsPrevious(previous, sentence)) {
                int told = previous.index(); // "It was the latest killing": the sentence before told a recalled one
                c.dates.replaceAll(d -> d.evidence().sentence() == told ? d.asRecalled() : d);
            }
            List<Attribution> said = new ArrayList<>();
            for (Attribution a : attributions.find(sentence)) {
                if (a.source() == null) {
                    a = lastSpeaker == null ? null : new Attribution(lastSpeaker, a.stance(), a.cue());
                } else if (a.source().name() != null && !a.source().name().equals("reports")) {
                    lastSpeaker = a.source();
                }
                if (a != null) {
                    said.add(a);
                }
            }
            if (said.isEmpty()) {
                Source opener = attributions.openingPerson(sentence);
                // "The Reverend Anna Obi disputed the figure. '...,' she said.": she is the last person named
                lastSpeaker = opener != null ? opener : lastSpeaker;
            }
            if (said.isEmpty() && continuesQuote(sentence, previous)) {
                // a quoted sentence whose speaker was named just before: "He said: ... " / "... ," she added.
                previousSaid.forEach(a -> said.add(new Attribution(a.source(), a.stance(), -1)));
            }
            previousSaid = said.isEmpty() ? previousSaid : said;
            previous = sentence;
            Stance wide = attributions.sentenceWideStance(sentence);
            AttributedFigures attributed = new AttributedFigures(doc, sentence, said, wide, outlet, locator);
            List<Integer> hedges = attributions.hedges(sentence);
            List<int[]> claimSpans = new ArrayList<>();
            List<ClaimExtractor.Figure> figures = claims.figures(sentence.tokens());
            // asked only where there are figures: it scans the sentence's numbers again
            boolean numberless = !figures.isEmpty() && claims.numberless(sentence.tokens());
            for (ClaimExtractor.Figure found : figures) {
                if (CaptiveMissing.remainsMissing(sentence.tokens(), found)
                        && !CaptiveMissing.afterAbduction(c.triggers, figures, found)) {
                    continue;
                }
                // a figure of an event the report recalls: "In 2017, a truck bomb killed 80", "last month gunmen
                // kidnapped two traders" (told after the news)
                ClaimExtractor.Figure f = !found.background() && (pastYears.recalls(sentence.tokens(), found.start(), found.end())
                        || recalledEvents.recalls(found.start())) ? found.asBackground() : found;
                if (f.status() != ClaimStatus.ESCAPED) {
                    // attackers killed, hurt or arrested may be only some of them: a claim, not their number;
                    // attackers who fled ("two attackers fled") are the ones who attacked
                    claimSpans.add(new int[] {f.start(), f.end()});
                }
                boolean hedged = f.hedged() || hedges.stream().anyMatch(h -> h >= f.start() - 4 && h < f.end());
                if (numberless) {
                    c.onePerson.add(c.claims.size());
                }
                c.claims.add(attributed.claim(c.claims.size() + 1, f, hedged,
                        timings.timing(sentence.tokens(), f.group().start(), f.end())));
            }
            for (AttackerFigures.Found f : attackerFigures.find(sentence.tokens(), claimSpans)) {
                c.attackers.add(attributed.attackers(c.attackers.size() + 1, f));
            }
            for (Headcounts.Found h : headcounts.find(sentence.tokens(), figures.stream()
                    .map(f -> new int[] {f.start(), f.end()}).toList(), figures.stream().map(f -> f.status()).toList())) {
                c.headcounts.add(attributed.headcount(c.headcounts.size() + 1, h));
            }
            List<ActorAt> found = actors.find(sentence, locator);
            found.forEach(a -> c.actors.add(a.mention()));
            c.aliases.addAll(aliases.find(doc, sentence, found, locator));
            c.spelledOut.read(sentence);
            for (AffiliationFinder.Found f : affiliations.find(sentence, found, c.actors, c.spelledOut, locator)) {
                if (f.newActor() != null) {
                    c.actors.add(f.newActor()); // a person the relation names: "Anton Weiss was a member of"
                }
                Attribution by = AffiliationFinder.governing(said, f);
                Evidence evidence = attributed.span(f.start(), f.end());
                c.affiliations.add(AffiliationFinder.claim(doc + "-a" + (c.affiliations.size() + 1), doc, f,
                        by == null ? Source.unknown() : by.source(),
                        wide != null ? wide : by == null ? Stance.REPORTED : by.stance(), evidence));
            }
            List<Trigger> sentenceTriggers = recalledEvents.read(sentence, mentions.triggers(doc, sentence, locator),
                    sentenceDates, locator);
            c.triggers.addAll(sentenceTriggers);
            c.places.addAll(mentions.places(doc, sentence, locator));
            c.facilities.addAll(mentions.facilities(doc, sentence, locator));
            c.statements.addAll(statements.find(doc, sentence, said, locator));
            frames.add(sentence, locator, sentenceTriggers);
            c.dates.addAll(sentenceDates);
        }
        Document dated = new Document(document.id(), document.path(), dates.reportDate());
        List<CountClaim> counted = SinglePersons.withinCounts(doc, c.claims, c.onePerson);
        return new DocumentFacts(dated, counted, c.actors, c.aliases, c.affiliations, known(c.actors), c.triggers,
                c.places, c.facilities, c.statements, frames.frames(c.dates, dates.reportDate()), c.dates, c.attackers,
                c.headcounts);
    }

    /** The facts of one document as they are gathered. */
    private static final class Collected {
        final List<CountClaim> claims = new ArrayList<>();
        final Set<Integer> onePerson = new HashSet<>();
        final List<ActorMention> actors = new ArrayList<>();
        final List<AliasClaim> aliases = new ArrayList<>();
        final List<AffiliationClaim> affiliations = new ArrayList<>();
        final List<Trigger> triggers = new ArrayList<>();
        final List<PlaceMention> places = new ArrayList<>();
        final List<Facility> facilities = new ArrayList<>();
        final List<Statement> statements = new ArrayList<>();
        final List<EventDate> dates = new ArrayList<>();
        final List<AttackerCount> attackers = new ArrayList<>();
        final List<Headcount> headcounts = new ArrayList<>();
        final SpelledOutNames spelledOut = new SpelledOutNames();
    }

    /** The sentence opens with a quote mark, or the one before it ended with a colon or inside a quotation. */
    private static boolean continuesQuote(Sentence sentence, Sentence previous) {
        if (previous == null) {
            return false;
        }
        String text = sentence.text();
        boolean opensQuote = text.startsWith("\"") || text.startsWith("\u201c");
        String before = previous.text().trim();
        long quotes = before.chars().filter(ch -> ch == '"').count();
        boolean insideQuote = quotes % 2 == 1 || before.lastIndexOf('\u201c') > before.lastIndexOf('\u201d');
        return opensQuote || before.endsWith(":") || insideQuote;
    }

    /** Relations the actor lexicon records for the actors the document names. */
    private List<KnownAffiliation> known(List<ActorMention> mentioned) {
        Set<KnownAffiliation> known = new LinkedHashSet<>();
        for (ActorMention m : mentioned) {
            ActorEntry entry = lexicons.actor(m.actorId());
            if (entry == null) {
                continue;
            }
            for (String affiliation : entry.affiliations()) {
                String[] parts = affiliation.split(":", 2);
                if (parts.length == 2) {
                    ActorEntry target = lexicons.actor(parts[1]);
                    known.add(new KnownAffiliation(m.actorId(), Relation.valueOf(parts[0]), parts[1],
                            target == null ? parts[1] : target.name()));
                }
            }
        }
        return List.copyOf(known);
    }

}
