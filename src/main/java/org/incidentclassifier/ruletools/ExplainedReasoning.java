package org.incidentclassifier.ruletools;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * What {@code explain} says about one report, or about the reports of one incident reasoned over together:
 * the same content for the text a person reads and for {@code --format json} (docs/explain.md has the
 * schema). Every value is already in words; nothing is a Java object's dump.
 *
 * @param kind       "document" or "incident"
 * @param document   the report's id, or the ids of an incident's reports joined by " + "
 * @param path       the report's file ("-" for an incident)
 * @param joinedBy   an incident's grouping conclusions and reprints, in words (null for a document)
 * @param sentences  how many sentences the report has (null for an incident)
 * @param facts      the facts found, by sentence (null for an incident)
 * @param failure    the rule failure that stopped the session, or null
 * @param rules      each rule that fired, by id
 * @param conclusions the conclusions standing when the rules stopped
 * @param withdrawn  the conclusions withdrawn when their support went away
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record ExplainedReasoning(String kind, String document, String path, List<String> joinedBy, Integer sentences,
                          List<SentenceFacts> facts, String failure, List<RuleFiring> rules,
                          List<Conclusion> conclusions, List<Withdrawal> withdrawn) {

    /** The facts of one sentence (counted from 1), in text order. */
    record SentenceFacts(int sentence, String text, List<String> facts) {}

    /**
     * A rule that fired: how often, its conditions over no single fact ("there was no ...") and the first
     * matches with what each concluded; {@code moreMatches} were not listed, {@code hiddenIdentities} are
     * identities of an actor with itself, left out unless asked for.
     */
    record RuleFiring(String rule, String description, int fired, List<String> because, List<Match> matches,
                      int moreMatches, int hiddenIdentities) {}

    /** One match of a rule: the facts it matched and what it concluded. */
    record Match(String on, String concluded, boolean laterWithdrawn) {}

    /** A standing conclusion, the rules that concluded it and the facts it rests on. */
    record Conclusion(String conclusion, List<ConcludedBy> by, String restingOn) {}

    /** One rule behind a conclusion, with the confidence it gave (types only) and how many matches. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ConcludedBy(String rule, Double confidence, int matches) {}

    /** A conclusion that went away, the rule and facts that had made it, and why it went. */
    record Withdrawal(String conclusion, String rule, String from, String why) {}
}
