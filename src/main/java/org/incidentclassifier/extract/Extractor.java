package org.incidentclassifier.extract;

import java.util.ArrayList;
import java.util.List;
import org.incidentclassifier.facts.ActorMention;
import org.incidentclassifier.facts.CountClaim;
import org.incidentclassifier.facts.Document;
import org.incidentclassifier.facts.DocumentFacts;
import org.incidentclassifier.facts.Evidence;
import org.incidentclassifier.facts.PlaceMention;
import org.incidentclassifier.facts.Source;
import org.incidentclassifier.facts.Stance;
import org.incidentclassifier.facts.Trigger;
import org.incidentclassifier.lexicon.Lexicons;
import org.incidentclassifier.nlp.AnnotatedText;
import org.incidentclassifier.nlp.Sentence;
import org.incidentclassifier.nlp.Token;

/**
 * Entry point of the extraction stage: reads an annotated document and returns the facts the rules see:
 * count claims with their sources, actors, event triggers and places, each with its evidence.
 * Thread-safe (holds only immutable lexicons).
 */
public final class Extractor {
    private final ClaimExtractor claims;
    private final AttributionFinder attributions;
    private final MentionFinder mentions;

    public Extractor(Lexicons lexicons) {
        this.claims = new ClaimExtractor(lexicons);
        this.attributions = new AttributionFinder(lexicons);
        this.mentions = new MentionFinder(lexicons);
    }

    public DocumentFacts extract(Document document, AnnotatedText text, EvidenceLocator locator) {
        List<CountClaim> countClaims = new ArrayList<>();
        List<ActorMention> actors = new ArrayList<>();
        List<Trigger> triggers = new ArrayList<>();
        List<PlaceMention> places = new ArrayList<>();
        Source lastSpeaker = null;
        for (Sentence sentence : text.sentences()) {
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
            Stance wide = attributions.sentenceWideStance(sentence);
            List<Integer> hedges = attributions.hedges(sentence);
            for (ClaimExtractor.Figure f : claims.figures(sentence.tokens())) {
                boolean hedged = f.hedged() || hedges.stream().anyMatch(h -> h >= f.start() - 4 && h < f.end());
                countClaims.add(claim(document.id(), countClaims.size() + 1, sentence, f, hedged, said, wide, locator));
            }
            actors.addAll(mentions.actors(document.id(), sentence, locator));
            triggers.addAll(mentions.triggers(document.id(), sentence, locator));
            places.addAll(mentions.places(document.id(), sentence, locator));
        }
        return new DocumentFacts(document, countClaims, actors, triggers, places);
    }

    private static CountClaim claim(String doc, int number, Sentence sentence, ClaimExtractor.Figure f,
                                    boolean hedged, List<Attribution> said, Stance wide, EvidenceLocator locator) {
        Attribution attribution = governing(said, f.start());
        Source source = attribution == null ? Source.unknown() : attribution.source();
        Stance stance;
        if (attribution != null) {
            stance = attribution.stance();
        } else if (wide != null) {
            stance = wide;
        } else {
            stance = hedged ? Stance.HEDGED : Stance.REPORTED;
        }
        if (hedged && stance == Stance.REPORTED) {
            stance = Stance.HEDGED;
        }
        List<Token> tokens = sentence.tokens();
        Evidence evidence = locator.locate(sentence.index(), tokens.get(f.start()).start(), tokens.get(f.end() - 1).end());
        Quantity q = f.group().quantity();
        return new CountClaim(doc + "-c" + number, doc, q.value(), q.min(), q.max(), q.approx(), f.subject(),
                f.status(), source, stance, f.group().breakdown(), evidence);
    }

    /** The attribution whose reporting word comes last before the figure, else the first one after it. */
    private static Attribution governing(List<Attribution> said, int figureStart) {
        Attribution before = null;
        for (Attribution a : said) {
            if (a.cue() < figureStart) {
                before = a;
            }
        }
        if (before != null) {
            return before;
        }
        return said.isEmpty() ? null : said.get(0);
    }
}
