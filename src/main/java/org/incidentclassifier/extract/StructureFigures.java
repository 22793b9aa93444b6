package org.incidentclassifier.extract;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.incidentclassifier.facts.ClaimStatus;
import org.incidentclassifier.facts.Subject;
import org.incidentclassifier.facts.TriggerKind;
import org.incidentclassifier.lexicon.Lexicons;
import org.incidentclassifier.nlp.Token;
import org.incidentclassifier.phrase.NounPhrase;
import org.incidentclassifier.phrase.SentencePhrases;
import org.incidentclassifier.phrase.VerbGroup;

/**
 * Figures read from sentence structure (the phrase layer), for the numbers the word-window reading leaves:
 * the subject far from its verb ("Workers at the plant in X were freed"), a bare number ("Six were killed",
 * "five others wounded") tied to the people it refers to, coordinations that share a verb and their sum,
 * "including" lists that share the whole's status, a verb's object ("arrested five more").
 */
final class StructureFigures {
    private final Lexicons lexicons;
    private final GroupFinder groups;
    private final PresentPeople present;
    private final MovingTolls tolls;
    private final ListTotals totals;
    private final ElidedFigures elided;
    private final VerbStatuses statuses;

    StructureFigures(Lexicons lexicons, GroupFinder groups) {
        this.totals = new ListTotals(lexicons, groups);
        this.elided = new ElidedFigures(lexicons, groups);
        this.lexicons = lexicons;
        this.groups = groups;
        this.present = new PresentPeople(lexicons, groups);
        this.tolls = new MovingTolls(lexicons);
        this.statuses = new VerbStatuses(lexicons);
    }

    /**
     * Figures for quantities not already read; {@code claimed} holds the start of every quantity already used.
     * The starts of quantities that are parts of a summed list are added to {@code dropped}: a list of kinds
     * of people counts once, as its total.
     */
    List<ClaimExtractor.Figure> figures(List<Token> tokens, SentencePhrases phrases, List<Quantity> quantities,
                                        Set<Integer> claimed, List<ClaimExtractor.Figure> known, Set<Integer> dropped) {
        List<ClaimExtractor.Figure> found = new ArrayList<>();
        Set<Integer> used = new HashSet<>(claimed);
        List<ClaimExtractor.Figure> context = new ArrayList<>(known);
        // clause verbs first, so "officers held hostage by the gunmen were freed" is FREED, not HELD
        for (boolean clauseVerbs : new boolean[] {true, false}) {
            for (VerbGroup v : phrases.verbs()) {
                if (v.isClauseVerb() != clauseVerbs) {
                    continue;
                }
                StatedStatus status = statuses.said(tokens, v, context);
                if (status == null || v.negated() || v.modal() || ClaimExtractor.isNegatedOrHypothetical(tokens, v.main())) {
                    continue;
                }
                List<NounPhrase> targets = targets(phrases, v, status);
                List<ClaimExtractor.Figure> made = new ArrayList<>();
                for (NounPhrase np : targets) {
                    Quantity q = quantityIn(quantities, np);
                    if (q == null || used.contains(q.start()) && !secondStatus(phrases, v, q, status, context)) {
                        continue;
                    }
                    ClaimExtractor.Figure f = figure(tokens, phrases, q, np, status, context);
                    if (f != null && status.including() && f.group().isNationalityOnly()) {
                        continue; // "15 foreigners, including a French couple": the breakdown of the whole
                    }
                    if (f != null) {
                        made.add(f);
                        used.add(q.start());
                        context.add(f);
                    }
                }
                List<NounPhrase> listed = new ArrayList<>(targets);
                listed.removeAll(alongWith(phrases, v));
                ClaimExtractor.Figure sum = totals.sum(tokens, phrases, quantities, listed, status, context);
                if (sum == null) {
                    found.addAll(made);
                } else if (!used.contains(-sum.group().start() - 1)) {
                    // "23 soldiers, three railway staff and five passengers were killed": counted once, as 31
                    found.add(sum);
                    used.add(-sum.group().start() - 1);
                    for (NounPhrase np : listed) {
                        Quantity q = quantityIn(quantities, np);
                        if (q != null) {
                            dropped.add(q.start());
                        }
                    }
                }
            }
        }
        found.addAll(amongThem(tokens, phrases, quantities, used, context));
        found.addAll(elided.figures(tokens, phrases, quantities, used, context));
        found.addAll(tolls.figures(tokens, phrases, quantities, used));
        found.addAll(present.figures(tokens, phrases, quantities, used));
        return found;
    }

    /**
     * "Three hostages escaped or were freed", "seized five workers, who were later released": a second verb
     * sharing the subject, or a relative clause on the counted phrase, adds its own status.
     */
    private static boolean secondStatus(SentencePhrases phrases, VerbGroup v, Quantity q, StatedStatus status,
                                        List<ClaimExtractor.Figure> context) {
        int at = phrases.verbs().indexOf(v);
        if (at <= 0) {
            return false;
        }
        VerbGroup before = phrases.verbs().get(at - 1);
        List<Token> tokens = phrases.tokens();
        boolean joined = before.end() + 1 == v.start() && (tokens.get(before.end()).lower().equals("or")
                || tokens.get(before.end()).lower().equals("and"))
                // "an American who was abducted" restates one person, not a second figure
                || v.form() == VerbGroup.Form.RELATIVE && !Set.of("a", "an").contains(tokens.get(q.start()).lower());
        if (!joined) {
            return false;
        }
        for (ClaimExtractor.Figure f : context) {
            if (f.group().quantity().start() == q.start() && f.status() == status.value()) {
                return false;
            }
        }
        return true;
    }

    /**
     * "released six of the captives, among them the two children": a counted phrase after "among them" (or
     * "among whom") and a comma is a part of the figure just before, with its status.
     */
    private List<ClaimExtractor.Figure> amongThem(List<Token> tokens, SentencePhrases phrases, List<Quantity> quantities,
                                                  Set<Integer> used, List<ClaimExtractor.Figure> context) {
        List<ClaimExtractor.Figure> found = new ArrayList<>();
        for (NounPhrase np : phrases.nouns()) {
            int at = np.start();
            Quantity q = quantityIn(quantities, np);
            if (q == null || used.contains(q.start()) || at < 3 || !tokens.get(at - 3).text().equals(",")
                    || !tokens.get(at - 2).lower().equals("among")
                    || !Set.of("them", "whom").contains(tokens.get(at - 1).lower())) {
                continue;
            }
            ClaimExtractor.Figure whole = null;
            for (ClaimExtractor.Figure f : context) {
                int end = Math.max(f.end(), f.group().end());
                if (end == at - 3 || onlyPlaceBetween(tokens, end, at - 2)) {
                    whole = f;
                }
            }
            if (whole == null || whole.group().quantity().value() == null) {
                continue;
            }
            StatedStatus status = new StatedStatus(whole.status(), at - 2, at, whole.hedged(), true);
            ClaimExtractor.Figure f = figure(tokens, phrases, q, np, status, context);
            if (f != null && !f.group().isNationalityOnly()
                    && f.group().quantity().value() != null
                    && f.group().quantity().value() < whole.group().quantity().value()) {
                found.add(f);
                used.add(q.start());
                context.add(f);
            }
        }
        return found;
    }

    /**
     * "kidnapped all 14 people on board, including ...", "killed 12 people in a market in Kano, including ...":
     * a short prepositional phrase and a comma between the whole and "including" still leave it the whole.
     */
    static boolean onlyPlaceBetween(List<Token> tokens, int from, int to) {
        if (to - from < 3 || to - from > 7 || !tokens.get(to - 1).text().equals(",") || !tokens.get(from).isPos("ADP")) {
            return false;
        }
        for (int k = from + 1; k < to - 1; k++) {
            Token t = tokens.get(k);
            boolean phraseWord = t.isPos("DET") || t.isPos("NOUN") || t.isPos("PROPN") || t.isPos("ADJ")
                    || t.isPos("ADP") && !t.lower().equals("after") && !t.lower().equals("before");
            if (!phraseWord || t.text().equals(",") && k != to - 1) {
                return false;
            }
        }
        return true;
    }

    /**
     * Who the status applies to: the object of an active verb ("freeing 121 students"), else the subject
     * (passive "were freed", or intransitive "died"). The subject of an active verb with an object is its
     * agent and gets nothing.
     */
    private static List<NounPhrase> targets(SentencePhrases phrases, VerbGroup v, StatedStatus status) {
        List<NounPhrase> object = new ArrayList<>();
        for (NounPhrase np : phrases.objectOf(v)) {
            if (np.start() >= status.end()) {
                object.add(np);
            }
        }
        // "the four soldiers killed last month": a participle describing its noun is passive in sense
        boolean passive = v.passive() || v.form() == VerbGroup.Form.REDUCED_RELATIVE;
        if (!passive && !object.isEmpty()) {
            return object;
        }
        // an object inside a split status ("took eleven clerks hostage") still makes the subject the agent
        boolean objectInside = Agents.isResultative(phrases.tokens(), status.end());
        if (!passive && (status.end() <= v.end() || objectInside) && !phrases.objectOf(v).isEmpty()) {
            return List.of();
        }
        List<NounPhrase> subject = new ArrayList<>(phrases.subjectOf(v));
        if (!subject.isEmpty()) {
            subject.addAll(alongWith(phrases, v));
        }
        return subject;
    }

    /** "38 hostages were killed, along with 29 captors": a phrase joined after the verb shares its subject's status. */
    private static List<NounPhrase> alongWith(SentencePhrases phrases, VerbGroup v) {
        List<Token> tokens = phrases.tokens();
        for (NounPhrase np : phrases.nouns()) {
            if (np.start() < v.end() || np.start() > v.end() + 8 || !"with".equals(np.preposition()) || np.start() < 2) {
                continue;
            }
            String joiner = tokens.get(np.start() - 2).lower();
            // "were killed, along with ..." or right after the verb: "were killed along with three hostages"
            if ((joiner.equals("along") || joiner.equals("together"))
                    && (phrases.verbAt(np.start() - 3) == null || np.start() - 2 == v.end())) {
                return List.of(np);
            }
        }
        return List.of();
    }

    static Quantity quantityIn(List<Quantity> quantities, NounPhrase np) {
        for (Quantity q : quantities) {
            if (q.end() > np.start() && q.start() < np.end()) {
                return q;
            }
        }
        return null;
    }

    private ClaimExtractor.Figure figure(List<Token> tokens, SentencePhrases phrases, Quantity q, NounPhrase np,
                                         StatedStatus status, List<ClaimExtractor.Figure> context) {
        CountedGroup g = groups.group(tokens, q);
        if (g == null) {
            Subject subject = Referents.of(tokens, phrases, np, context);
            // "three rangers were wounded", "two of his relatives were injured": only the living are killed or
            // wounded, whatever the noun the lexicon does not know ("one of two people killed" is a part of a
            // figure of its own, not a figure)
            NounPhrase counted = np.headless() && phrases.ofPhraseAfter(np) != null ? phrases.ofPhraseAfter(np) : np;
            if (subject == null && harmsBody(status.value()) && tokens.get(counted.head()).isPos("NOUN")
                    && !namesAnEvent(tokens, counted.head()) && (counted == np || !counted.counted())) {
                subject = Subject.PEOPLE;
            }
            if (subject == null) {
                return null;
            }
            g = new CountedGroup(q.start(), Math.max(q.end(), np.end()), q, subject, List.of(), null);
        }
        Subject subject = status.value().isCaptiveStatus() ? g.subject().asCaptives() : g.subject();
        return new ClaimExtractor.Figure(g, status.value(), subject, status.hedged(), Math.min(g.start(), status.start()),
                Math.max(g.end(), status.end()));
    }

    /** "Nine explosions", "two attacks": a trigger word that names an event, not people ("attackers" are people). */
    private boolean namesAnEvent(List<Token> tokens, int head) {
        var trigger = lexicons.triggers().longestAt(tokens, head);
        return trigger != null && !PEOPLE_TRIGGERS.contains(trigger.value());
    }

    private static final Set<TriggerKind> PEOPLE_TRIGGERS = EnumSet.of(TriggerKind.ATTACKER, TriggerKind.PUBLIC_FIGURE,
            TriggerKind.SECURITY_FORCE);

    /** Killed, injured and escaped say the counted are people ("more than 200 inmates escaped"). */
    private static boolean harmsBody(ClaimStatus status) {
        return status == ClaimStatus.KILLED || status == ClaimStatus.INJURED || status == ClaimStatus.ESCAPED;
    }

}
