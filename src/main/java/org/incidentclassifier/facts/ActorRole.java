package org.incidentclassifier.facts;

/**
 * Conclusion inserted by role rules: the actor plays this role in the incident. Identity semantics as for
 * {@link Classification}, so that each rule match that supports the role is cited.
 */
public final class ActorRole {
    private final String actorId;
    private final Role role;

    public ActorRole(String actorId, Role role) {
        this.actorId = actorId;
        this.role = role;
    }

    public String getActorId() {
        return actorId;
    }

    public Role getRole() {
        return role;
    }

    @Override
    public String toString() {
        return "ActorRole[" + actorId + " " + role + "]";
    }
}
