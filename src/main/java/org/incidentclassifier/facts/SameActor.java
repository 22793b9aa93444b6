package org.incidentclassifier.facts;

/**
 * Conclusion inserted by actor rules: two actor ids name one real-world actor (say, two names a group
 * calls itself). The verdict merges them into one actor and cites the rule. Identity semantics as for
 * {@link Classification}.
 */
public final class SameActor {
    private final String actorId;
    private final String otherActorId;

    public SameActor(String actorId, String otherActorId) {
        this.actorId = actorId;
        this.otherActorId = otherActorId;
    }

    public String getActorId() {
        return actorId;
    }

    public String getOtherActorId() {
        return otherActorId;
    }

    @Override
    public String toString() {
        return "SameActor[" + actorId + " = " + otherActorId + "]";
    }
}
