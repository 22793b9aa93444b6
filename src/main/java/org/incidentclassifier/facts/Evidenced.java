package org.incidentclassifier.facts;

/** A fact that rests on one place in a document. Rules' conclusions cite the evidence of the facts they matched. */
public interface Evidenced {
    Evidence evidence();
}
