package org.incidentclassifier.lexicon;

import java.util.EnumSet;
import java.util.Set;

/**
 * A nationality word from countries.csv and the ways it is used: "British" (adjective), "Briton" (one
 * person), "Britons" (people); "Japanese" is all three.
 */
public record Demonym(String country, Set<Form> forms) {
    public enum Form { ADJECTIVE, PERSON_SINGULAR, PERSON_PLURAL }

    public Demonym {
        forms = Set.copyOf(forms);
    }

    public boolean is(Form form) {
        return forms.contains(form);
    }

    Demonym with(Form form) {
        EnumSet<Form> all = EnumSet.of(form);
        all.addAll(forms);
        return new Demonym(country, all);
    }
}
