package org.incidentclassifier.evaluation;

/** What {@code rules eval} scores, each item of a document being counted once. */
enum EvalCategory {
    /** Whether the document reports an incident at all. */
    INCIDENT("incident"),
    /** The incident's types; also scored per type. */
    TYPE("type"),
    /** The incident's first (main) type: right when it is the gold's first type. Its recall is the share of
     * incident reports whose main type is right. */
    PRIMARY_TYPE("primary type"),
    /** Count claims, as status and number ("KILLED 35"). */
    CLAIM("claim"),
    /** Affiliations, as actor, relation and target ids ("al-shabaab LOYAL_TO al-qaeda"). */
    AFFILIATION("affiliation"),
    /** Inconsistency kinds; also scored per kind. */
    INCONSISTENCY("inconsistency");

    private final String noun;

    EvalCategory(String noun) {
        this.noun = noun;
    }

    String noun() {
        return noun;
    }
}
