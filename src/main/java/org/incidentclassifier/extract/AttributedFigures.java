package org.incidentclassifier.extract;

import java.util.List;
import org.incidentclassifier.facts.AttackerCount;
import org.incidentclassifier.facts.CountClaim;
import org.incidentclassifier.facts.Evidence;
import org.incidentclassifier.facts.FigureTiming;
import org.incidentclassifier.facts.Headcount;
import org.incidentclassifier.facts.Source;
import org.incidentclassifier.facts.Stance;
import org.incidentclassifier.nlp.Sentence;
import org.incidentclassifier.nlp.Token;

/**
 * The figures of one sentence made into facts, each with the source and stance of the attribution that governs
 * it: the speaker whose reporting word comes last before it, else the sentence's own stance, else the report's
 * outlet. Claims, attacker counts and headcounts are attributed alike.
 */
final class AttributedFigures {
    /** How far before "including" the noun of a casualty total may stand ("30 casualties in the city, including"). */
    private static final int CASUALTY_REACH = 6;
    private final String doc;
    private final Sentence sentence;
    private final List<Attribution> said;
    private final Stance wide;
    private final Source outlet;
    private final EvidenceLocator locator;

    AttributedFigures(String doc, Sentence sentence, List<Attribution> said, Stance wide, Source outlet,
                      EvidenceLocator locator) {
        this.doc = doc;
        this.sentence = sentence;
        this.said = said;
        this.wide = wide;
        this.outlet = outlet;
        this.locator = locator;
    }

    /** The count claim of a figure, numbered {@code number} in its document, with the timing its wording gives. */
    CountClaim claim(int number, ClaimExtractor.Figure f, boolean hedged, FigureTiming timing) {
        Attribution attribution = governing(said, f.start());
        Quantity q = f.group().quantity();
        return new CountClaim(doc + "-c" + number, doc, q.value(), q.min(), q.max(), q.approx(), f.subject(),
                f.status(), sourceOf(attribution), stanceOf(attribution, hedged), f.group().breakdown(), isPart(f),
                span(f.start(), f.end()), f.background(), timing);
    }

    /** A number of attackers, with its source and stance found as a claim's are. */
    AttackerCount attackers(int number, AttackerFigures.Found f) {
        Attribution attribution = governing(said, f.start());
        Quantity q = f.quantity();
        return new AttackerCount(doc + "-n" + number, doc, q.value(), q.min(), q.max(), q.approx(),
                sourceOf(attribution), stanceOf(attribution, false), span(f.start(), f.end()));
    }

    /** A group's headcount, with its source and stance found as a claim's are. */
    Headcount headcount(int number, Headcounts.Found h) {
        Attribution attribution = governing(said, h.start());
        Quantity q = h.quantity();
        return new Headcount(doc + "-h" + number, doc, q.value(), q.min(), q.max(), q.approx(), h.subject(),
                h.words(), h.partitiveWhole(), sourceOf(attribution), stanceOf(attribution, false),
                span(h.start(), h.end()));
    }

    /** The evidence of tokens {@code from} (inclusive) to {@code to} (exclusive) of the sentence. */
    Evidence span(int from, int to) {
        List<Token> tokens = sentence.tokens();
        return locator.locate(sentence.index(), tokens.get(from).start(),
                tokens.get(Math.min(to, tokens.size()) - 1).end());
    }

    private Source sourceOf(Attribution attribution) {
        return attribution != null ? attribution.source() : outlet != null ? outlet : Source.unknown();
    }

    /** The governing attribution's stance, else the sentence's, else reported; hedged wording hedges a report. */
    private Stance stanceOf(Attribution attribution, boolean hedged) {
        Stance stance;
        if (attribution != null) {
            stance = attribution.stance();
        } else if (wide != null) {
            stance = wide;
        } else {
            stance = hedged ? Stance.HEDGED : Stance.REPORTED;
        }
        return hedged && stance == Stance.REPORTED ? Stance.HEDGED : stance;
    }

    /** A figure for part of a group: a partitive, one nationality, those "still" held, "including" some, or "the other" ones. */
    private boolean isPart(ClaimExtractor.Figure f) {
        List<Token> tokens = sentence.tokens();
        for (int k = Math.max(0, f.start() - 3); k < f.end(); k++) {
            if (tokens.get(k).lower().equals("still")) {
                return true;
            }
        }
        String before = f.group().start() > 0 ? tokens.get(f.group().start() - 1).lower() : "";
        if ((before.equals("including") || before.equals("among")) && !afterCasualties(tokens, f.group().start() - 1)) {
            return true; // "Foreigners, including two diplomats ... were killed"
        }
        if (before.equals("other") || before.equals("remaining")) {
            return true; // "freed the other three hostages": the rest of a group, not its total
        }
        return f.group().partitive() || f.group().breakdown().size() == 1
                && !"FOREIGN".equals(f.group().breakdown().get(0).country());
    }

    /**
     * "30 casualties, including 12 dead": the casualties are the dead and the hurt together, so the 12 are all
     * the dead, not some of them. The whole's noun is looked for a few words before "including".
     */
    private static boolean afterCasualties(List<Token> tokens, int including) {
        for (int k = including - 1; k >= Math.max(0, including - CASUALTY_REACH); k--) {
            if (tokens.get(k).lower().startsWith("casualt")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The attribution whose reporting word comes last before the figure; else a reporting clause that follows
     * it (", ANI said."), but not one whose speaker is named before the figure ("Al-Shabaab, a group that has
     * declared allegiance to al-Qaeda, has claimed ...": the allegiance is the writer's, not Al-Shabaab's claim).
     */
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
        return said.stream().filter(a -> a.speakerStart() > figureStart).findFirst().orElse(null);
    }
}
