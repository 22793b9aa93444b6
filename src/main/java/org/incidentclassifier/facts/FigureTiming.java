package org.incidentclassifier.facts;

/**
 * When in the life of an incident a figure stands, as its wording says. Consistency rules use it to tell an
 * update of a toll from a disagreement about it.
 * <ul>
 *   <li>{@code UNMARKED}: the wording says nothing about it ("35 were killed");</li>
 *   <li>{@code PROVISIONAL}: an early or unverified count ("an initial toll of 12", "so far", "preliminary");</li>
 *   <li>{@code UPDATE}: a figure that replaces an earlier one ("the toll rose to 290", "revised", "climbed to");</li>
 *   <li>{@code FINAL}: a closing count ("the final toll", "in all", "in total").</li>
 * </ul>
 */
public enum FigureTiming {
    UNMARKED, PROVISIONAL, UPDATE, FINAL
}
