package org.incidentclassifier.ruletools;

import java.util.List;

/**
 * What a test case says the verdict must contain ({@code expect:}) or must not contain ({@code reject:}):
 * whether there is an incident at all, the primary type, and fragments of the verdict.
 *
 * @param incident  true: the text reports an incident; false: no incident; null: not said
 * @param incidents how many incidents the verdict has (several reports may be one incident), or null
 * @param primary   the incident type that must (or must not) come first, or null
 */
record Expectations(Boolean incident, Integer incidents, Fragment primary, List<Fragment> fragments) {
    static final Expectations NONE = new Expectations(null, null, null, List.of());

    Expectations {
        fragments = List.copyOf(fragments);
    }

    boolean isEmpty() {
        return incident == null && incidents == null && primary == null && fragments.isEmpty();
    }
}
