package org.incidentclassifier.lexicon;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.incidentclassifier.facts.ActorKind;
import org.incidentclassifier.facts.ClaimStatus;
import org.incidentclassifier.facts.PlaceKind;
import org.incidentclassifier.facts.Relation;
import org.incidentclassifier.facts.SourceGrade;
import org.incidentclassifier.facts.SourceKind;
import org.incidentclassifier.facts.Stance;
import org.incidentclassifier.facts.StatementKind;
import org.incidentclassifier.facts.Subject;
import org.incidentclassifier.facts.TargetTypeCode;
import org.incidentclassifier.facts.TriggerKind;
import org.incidentclassifier.nlp.WordStemmer;
import org.incidentclassifier.ruleset.RuleFiles;
import org.incidentclassifier.ruleset.RuleProblem;

/** Reads each lexicon file of a rule set into {@link Lexicons}, collecting problems rather than stopping at the first. */
record LexiconLoader(RuleFiles files, WordStemmer stemmer, Lexicons into, List<RuleProblem> problems) {
    void loadAll() {
        for (CsvTable.Row row : rows("countries.csv", "code", "names", "adjectives", "person_singular",
                "person_plural")) {
            country(row);
        }
        for (CsvTable.Row row : rows("actors.csv", "id", "name", "aliases", "kind", "country", "affiliations")) {
            actor(row);
        }
        for (CsvTable.Row row : rows("outlets.csv", "name", "aliases", "source_kind", "country")) {
            SourceKind kind = enumValue(row, "source_kind", SourceKind.class);
            if (kind != null && countryOk(row)) {
                OutletEntry entry = new OutletEntry(row.get("name"), row.list("aliases"), kind, row.get("country"));
                names(row, into.outlets, entry, OutletEntry::name, entry.name(), entry.aliases());
            }
        }
        for (CsvTable.Row row : rows("places.csv", "name", "aliases", "kind", "country")) {
            PlaceKind kind = enumValue(row, "kind", PlaceKind.class);
            if (kind != null && countryOk(row)) {
                PlaceEntry entry = new PlaceEntry(row.get("name"), row.list("aliases"), kind, row.get("country"));
                names(row, into.places, entry, PlaceEntry::name, entry.name(), entry.aliases());
            }
        }
        phrases("triggers.csv", "kind", TriggerKind.class, into.triggers);
        phrases("statuses.csv", "status", ClaimStatus.class, into.statuses);
        phrases("subjects.csv", "subject", Subject.class, into.subjects);
        phrases("source-words.csv", "source_kind", SourceKind.class, into.sourceWords);
        phrases("stance-words.csv", "stance", Stance.class, into.stanceWords);
        phrases("actor-words.csv", "actor_kind", ActorKind.class, into.actorWords);
        phrases("statements.csv", "kind", StatementKind.class, into.statements);
        phrases("figure-cues.csv", "cue", FigureCue.class, into.figureCues);
        for (CsvTable.Row row : rows("relations.csv", "phrase", "relation", "inverse")) {
            Relation relation = enumValue(row, "relation", Relation.class);
            if (relation != null) {
                phrase(row, into.relations, new RelationCue(relation, row.get("inverse").equalsIgnoreCase("true")));
            }
        }
        for (CsvTable.Row row : rows("titles.csv", "phrase", "actor_kind", "source_kind")) {
            ActorKind kind = enumValue(row, "actor_kind", ActorKind.class);
            SourceKind source = enumValue(row, "source_kind", SourceKind.class);
            if (kind != null && source != null) {
                phrase(row, into.titles, new Title(kind, source));
            }
        }
        for (CsvTable.Row row : rows("credibility.csv", "source_kind", "stance", "reliability", "credibility")) {
            grade(row);
        }
        for (CsvTable.Row row : rows("target-types.csv", "type", "code", "label")) {
            if (!row.get("code").matches("\\d+")) {
                problems.add(row.problem("code", "a target type code is a number, got '" + row.get("code") + "'"));
            } else {
                into.targetTypes.put(row.get("type"), new TargetTypeCode(row.get("type"),
                        Integer.parseInt(row.get("code")), row.get("label")));
            }
        }
        for (CsvTable.Row row : rows("facilities.csv", "phrase", "kind", "target_type")) {
            if (row.get("kind").isEmpty() || row.get("target_type").isEmpty()) {
                problems.add(row.problem("kind", "a facility needs a kind and a target type"));
            } else if (!into.targetTypes.containsKey(row.get("target_type"))) {
                problems.add(row.problem("target_type", "unknown target type '" + row.get("target_type")
                        + "' (see lexicon/target-types.csv)"));
            } else {
                phrase(row, into.facilities, new FacilityEntry(row.get("kind"), row.get("target_type")));
            }
        }
    }

    private List<CsvTable.Row> rows(String name, String... columns) {
        String relative = "lexicon/" + name;
        String text = files.files().get(relative);
        if (text == null) {
            problems.add(new RuleProblem(files.displayPath(relative), 0, 0, "lexicon file is missing"));
            return List.of();
        }
        return CsvTable.read(files.displayPath(relative), text, List.of(columns), problems);
    }

    private void country(CsvTable.Row row) {
        String code = row.get("code");
        if (!code.matches("[A-Z]{2}")) {
            problems.add(row.problem("code", "'" + code + "' is not an ISO 3166 alpha-2 code (two capital letters)"));
            return;
        }
        CountryEntry entry = new CountryEntry(code, row.list("names"), row.list("adjectives"),
                row.list("person_singular"), row.list("person_plural"));
        if (entry.names().isEmpty()) {
            problems.add(row.problem("names", "country " + code + " has no name"));
            return;
        }
        into.countries.put(code, entry);
        PlaceEntry place = new PlaceEntry(entry.names().get(0), entry.names(), PlaceKind.COUNTRY, code);
        entry.names().forEach(n -> into.places.add(n, place));
        entry.adjectives().forEach(a -> demonym(a, code, Demonym.Form.ADJECTIVE));
        entry.personSingular().forEach(a -> demonym(a, code, Demonym.Form.PERSON_SINGULAR));
        entry.personPlural().forEach(a -> demonym(a, code, Demonym.Form.PERSON_PLURAL));
    }

    /** One word may serve several forms ("Japanese"); the first country to claim it keeps it. */
    private void demonym(String word, String code, Demonym.Form form) {
        Demonym known = into.demonyms.lookup(word);
        if (known == null) {
            into.demonyms.add(word, new Demonym(code, java.util.Set.of(form)));
        } else if (known.country().equals(code)) {
            into.demonyms.replace(word, known.with(form));
        }
    }

    private void actor(CsvTable.Row row) {
        String id = row.get("id");
        ActorKind kind = enumValue(row, "kind", ActorKind.class);
        if (id.isEmpty()) {
            problems.add(row.problem("id", "actor has no id"));
            return;
        }
        if (kind == null || !countryOk(row)) {
            return;
        }
        if (into.actorsById.containsKey(id)) {
            problems.add(row.problem("id", "duplicate actor id '" + id + "'"));
            return;
        }
        ActorEntry entry = new ActorEntry(id, row.get("name"), row.list("aliases"), kind, row.get("country"),
                row.list("affiliations"));
        into.actorsById.put(id, entry);
        names(row, into.actors, entry, ActorEntry::id, entry.name(), entry.aliases());
    }

    private <V> void names(CsvTable.Row row, NameIndex<V> index, V value, Function<V, String> key,
                           String name, List<String> aliases) {
        List<String> all = new ArrayList<>(aliases);
        all.add(0, name);
        for (String alias : all) {
            V previous = index.add(alias, value);
            if (previous != null && !key.apply(previous).equals(key.apply(value))) {
                problems.add(row.problem("aliases", "'" + alias + "' already names '" + key.apply(previous)
                        + "'; one spelling can name only one entry"));
            }
        }
    }

    private <E extends Enum<E>> void phrases(String name, String column, Class<E> type, PhraseTable<E> table) {
        for (CsvTable.Row row : rows(name, "phrase", column)) {
            E value = enumValue(row, column, type);
            if (value == null) {
                continue;
            }
            phrase(row, table, value);
        }
    }

    private <V> void phrase(CsvTable.Row row, PhraseTable<V> table, V value) {
        try {
            table.add(PhrasePattern.parse(row.get("phrase"), stemmer), value);
        } catch (IllegalArgumentException e) {
            problems.add(row.problem("phrase", e.getMessage()));
        }
    }

    private void grade(CsvTable.Row row) {
        SourceKind kind = enumValue(row, "source_kind", SourceKind.class);
        Stance stance = row.get("stance").equals("*") ? null : enumValue(row, "stance", Stance.class);
        if (kind == null || stance == null && !row.get("stance").equals("*")) {
            return;
        }
        if (!row.get("reliability").matches("[A-F]")) {
            problems.add(row.problem("reliability", "reliability must be a letter A to F, got '"
                    + row.get("reliability") + "'"));
        } else if (!row.get("credibility").matches("[1-6]")) {
            problems.add(row.problem("credibility", "credibility must be a number 1 to 6, got '"
                    + row.get("credibility") + "'"));
        } else {
            into.grades.add(new SourceGrade(kind, stance, row.get("reliability"),
                    Integer.parseInt(row.get("credibility"))));
        }
    }

    private boolean countryOk(CsvTable.Row row) {
        String code = row.get("country");
        if (code.isEmpty() || into.countries.containsKey(code)) {
            return true;
        }
        problems.add(row.problem("country", "unknown country code '" + code + "' (see lexicon/countries.csv)"));
        return false;
    }

    private <E extends Enum<E>> E enumValue(CsvTable.Row row, String column, Class<E> type) {
        String value = row.get(column);
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            problems.add(row.problem(column, "unknown " + column.replace('_', ' ') + " '" + value + "'; one of "
                    + java.util.Arrays.toString(type.getEnumConstants())));
            return null;
        }
    }
}
