package org.incidentclassifier.ruletools;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.incidentclassifier.ruleset.RuleFiles;
import org.incidentclassifier.ruleset.RuleProblem;
import org.junit.jupiter.api.Test;

class CaseFileReaderTest {

    private static RuleTestSuite read(String yaml) {
        return RuleTestSuite.read(new RuleFiles("my-rules", Map.of("tests/cases.yaml", yaml,
                "tests/texts/report.txt", "Gunmen killed 12 people.")));
    }

    private static List<TestCase> cases(String yaml) {
        List<RuleProblem> problems = new java.util.ArrayList<>();
        List<TestCase> cases = CaseFileReader.read(new RuleFiles("my-rules", Map.of("tests/cases.yaml", yaml,
                "tests/texts/report.txt", "Gunmen killed 12 people.")), "tests/cases.yaml", problems);
        assertThat(problems).isEmpty();
        return cases;
    }

    @Test
    void readsACaseWithEveryKindOfFragment() {
        List<TestCase> cases = cases("""
                # a comment
                - name: an attack that kills
                  text: Gunmen killed 12 people.
                  expect:
                    incident: yes
                    primary: armed_assault
                    types: [ARMED_ASSAULT, { type: BOMBING_EXPLOSION, rule: classify-bombing }]
                    claims:
                      - { status: KILLED, value: 12, source: { name: police, kind: STATE_OFFICIAL }, approx: false }
                      - { status: HELD, value: ~, source: militants }
                    location: { place: Paris, country: FR }
                  reject:
                    rules: [classify-kidnapping]
                    inconsistencies: [ARITHMETIC]
                - name: from a file
                  file: tests/texts/report.txt
                  reject: { incident: false }
                """);

        assertThat(cases).hasSize(2);
        TestCase first = cases.get(0);
        assertThat(first.name()).isEqualTo("an attack that kills");
        assertThat(first.line()).isEqualTo(2);
        assertThat(first.documents()).containsExactly(new CaseDocument("cases-1", "Gunmen killed 12 people."));
        assertThat(first.expect().incident()).isTrue();
        assertThat(first.expect().primary()).hasToString("type ARMED_ASSAULT");
        assertThat(first.expect().fragments()).extracting(Fragment::toString).containsExactly(
                "type ARMED_ASSAULT",
                "type {type: BOMBING_EXPLOSION, rule: classify-bombing}",
                "claim {status: KILLED, value: 12, source.name: police, source.kind: STATE_OFFICIAL, approx: false}",
                "claim {status: HELD, value: null, source.name: militants}",
                "location {place: Paris, country: FR}");
        assertThat(first.reject().fragments()).extracting(Fragment::toString)
                .containsExactly("rule classify-kidnapping", "inconsistency ARITHMETIC");
        assertThat(first.reject().fragments().get(1).line()).isEqualTo(14);
        assertThat(cases.get(1).documents()).containsExactly(new CaseDocument("report", "Gunmen killed 12 people."));
        assertThat(cases.get(1).reject().incident()).isFalse();
    }

    @Test
    void reportsEachMistakeAtItsLineAndColumnAndKeepsTheGoodCases() {
        RuleTestSuite suite = read("""
                - name: unknown things
                  txt: Gunmen killed 12 people.
                  expect:
                    types: [ARMED_ASAULT]
                    claims:
                      - { status: KILLD, value: twelve, colour: red }
                      - KILLED
                    incident: maybe
                - name: both texts
                  text: a
                  file: tests/texts/none.txt
                  expect: { rules: [x] }
                - name: missing file
                  file: tests/texts/none.txt
                  reject:
                    location: { place: Paris }
                - name: nothing expected
                  text: Something.
                - text: no name
                  expect: { incident: true }
                - just a string
                - name: a good case
                  text: Gunmen killed 12 people.
                  expect: { incident: true }
                """);

        String file = "my-rules/tests/cases.yaml";
        assertThat(suite.problems()).containsExactly(
                new RuleProblem(file, 1, 3, "the case has no text; add text: (the words to classify), file: (a path"
                        + " relative to the rules directory) or documents: (several reports classified together)"),
                new RuleProblem(file, 2, 3, "unknown key 'txt' in a case; one of name, text, file, documents, expect,"
                        + " reject, note; did you mean text?"),
                new RuleProblem(file, 4, 13, "unknown type 'ARMED_ASAULT'; one of [HOSTAGE_TAKING_BARRICADE,"
                        + " HOSTAGE_TAKING_KIDNAPPING, ARMED_ASSAULT, BOMBING_EXPLOSION, ASSASSINATION, HIJACKING,"
                        + " FACILITY_INFRASTRUCTURE_ATTACK, UNARMED_ASSAULT, SECURITY_FORCE_OPERATION]; did you mean"
                        + " ARMED_ASSAULT?"),
                new RuleProblem(file, 6, 19, "unknown status 'KILLD'; one of [TAKEN, HELD, KILLED, INJURED, ESCAPED,"
                        + " FREED, RELEASED, MISSING, ARRESTED]; did you mean KILLED?"),
                new RuleProblem(file, 6, 33, "value must be a whole number, not 'twelve'"),
                new RuleProblem(file, 6, 41, "unknown field 'colour' in a claim; one of status, value, subject, min,"
                        + " max, approx, source.name, source.kind, source.via, stance, text"),
                new RuleProblem(file, 7, 9, "a claim is written as a map of its fields (status, value, subject, min,"
                        + " max, approx, source.name, source.kind, source.via, stance, text), e.g. {status: ...}"),
                new RuleProblem(file, 8, 15, "incident must be true or false, not 'maybe'"),
                new RuleProblem(file, 9, 3, "give one of text:, file: or documents:, not several"),
                new RuleProblem(file, 14, 9, "file 'tests/texts/none.txt' not found in the rules directory (a case's"
                        + " file: is relative to the rules directory, e.g. tests/texts/report.txt)"),
                new RuleProblem(file, 17, 3, "case \"nothing expected\" expects nothing; add expect: or reject: with"
                        + " what the verdict must or must not contain"),
                new RuleProblem(file, 19, 3, "the case has no name; start it with '- name: what the case shows'"),
                new RuleProblem(file, 21, 3, "a case is a map with name, text (or file, or documents), expect and"
                        + " reject; found 'just a string'"));
        assertThat(suite.size()).isEqualTo(1);
    }

    @Test
    void severalReportsAreClassifiedTogetherWithIdsOfTheirOwn() {
        List<TestCase> cases = cases("""
                - name: two reports of one incident
                  documents:
                    - text: Gunmen killed 12 people.
                    - file: ./tests/texts/report.txt
                    - { id: wire, text: Police said 12 people were killed. }
                  expect:
                    incidents: 1
                  reject: { incidents: 3 }
                """);

        assertThat(cases.get(0).documents()).containsExactly(new CaseDocument("cases-1-1", "Gunmen killed 12 people."),
                new CaseDocument("report", "Gunmen killed 12 people."),
                new CaseDocument("wire", "Police said 12 people were killed."));
        assertThat(cases.get(0).expect().incidents()).isEqualTo(1);
        assertThat(cases.get(0).reject().incidents()).isEqualTo(3);
    }

    @Test
    void mistakesInTheReportsOfACaseAreLocated() {
        assertThat(read("""
                - name: reports
                  documents:
                    - text: a
                      file: tests/texts/report.txt
                    - just words
                    - { id: same, text: b }
                    - { id: same, txt: c }
                    - { id: same, text: d }
                  expect: { incidents: one }
                - name: no reports
                  documents: []
                  expect: { incident: true }
                """).problems()).containsExactly(
                new RuleProblem("my-rules/tests/cases.yaml", 3, 7, "a report under documents: has either text: or"
                        + " file:"),
                new RuleProblem("my-rules/tests/cases.yaml", 5, 7, "a report under documents: is a map with text: or"
                        + " file: (and an optional id:); found 'just words'"),
                new RuleProblem("my-rules/tests/cases.yaml", 7, 7, "a report under documents: has either text: or"
                        + " file:"),
                new RuleProblem("my-rules/tests/cases.yaml", 7, 19, "unknown key 'txt' in a report; one of text,"
                        + " file, id; did you mean text?"),
                new RuleProblem("my-rules/tests/cases.yaml", 8, 7, "two reports of this case have the id 'same'; give"
                        + " one an id:"),
                new RuleProblem("my-rules/tests/cases.yaml", 9, 24, "incidents must be a whole number, not 'one'"),
                new RuleProblem("my-rules/tests/cases.yaml", 11, 14, "documents: holds a list of reports, each with"
                        + " text: or file:; found an empty list"));
    }

    @Test
    void aYamlSyntaxErrorIsReportedWhereTheParserFoundIt() {
        assertThat(read("- name: bad yaml\n  text: [unclosed\n  expect: {}\n").problems()).containsExactly(
                new RuleProblem("my-rules/tests/cases.yaml", 3, 9,
                        "YAML syntax error: expected ',' or ']', but got : (while parsing a flow sequence)"));
        assertThat(read("- name: x\n\ttext: y\n").problems()).containsExactly(
                new RuleProblem("my-rules/tests/cases.yaml", 2, 1, "YAML syntax error: found character '\\t(TAB)'"
                        + " that cannot start any token. (Do not use \\t(TAB) for indentation) (while scanning for"
                        + " the next token)"));
    }

    @Test
    void aFileThatIsNotAListIsRefusedAndAnEmptyFileHasNoCases() {
        assertThat(read("name: not a list\n").problems()).containsExactly(new RuleProblem(
                "my-rules/tests/cases.yaml", 1, 1, "a case file is a list of cases, each starting with '- name:';"
                + " found a map"));
        RuleTestSuite empty = read("# nothing yet\n");
        assertThat(empty.problems()).isEmpty();
        assertThat(empty.size()).isZero();
    }

    @Test
    void aKeyGivenTwiceIsAMistake() {
        assertThat(read("- name: a\n  text: b\n  expect: { incident: true }\n  name: c\n").problems())
                .containsExactly(new RuleProblem("my-rules/tests/cases.yaml", 4, 3,
                        "'name' is given twice in this map (first at line 1)"));
    }

    @Test
    void aSecondDocumentInAFileIsAMistakeAtItsStart() {
        assertThat(read("- name: a\n  text: b\n  expect: { incident: true }\n---\n- name: c\n").problems())
                .containsExactly(new RuleProblem("my-rules/tests/cases.yaml", 5, 1, "a second YAML document (after"
                        + " '---'); a file holds one document: remove the '---' line"));
    }
}
