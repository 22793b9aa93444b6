package org.incidentclassifier.facts;

/**
 * Conclusion inserted by affiliation rules: the actor stands in this relation to the target, with this
 * status. Identity semantics as for {@link Classification}; the verdict keeps the strongest status per
 * relation (CONTESTED over CORROBORATED over ASSERTED over CLAIMED_ONLY over KNOWN).
 */
public final class Affiliation {
    private final String actorId;
    private final Relation relation;
    private final String targetId;
    private final AffiliationStatus status;

    public Affiliation(String actorId, Relation relation, String targetId, AffiliationStatus status) {
        this.actorId = actorId;
        this.relation = relation;
        this.targetId = targetId;
        this.status = status;
    }

    public String getActorId() {
        return actorId;
    }

    public Relation getRelation() {
        return relation;
    }

    public String getTargetId() {
        return targetId;
    }

    public AffiliationStatus getStatus() {
        return status;
    }

    @Override
    public String toString() {
        return "Affiliation[" + actorId + " " + relation + " " + targetId + " " + status + "]";
    }
}
