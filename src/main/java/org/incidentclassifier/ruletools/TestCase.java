package org.incidentclassifier.ruletools;

import java.util.List;

/**
 * One analyst's test case from {@code rules/tests/*.yaml}: one report (or several, classified together as
 * {@code classify} does with several inputs) and what their verdict must and must not contain.
 *
 * @param file      the case file, relative to the rules directory ("tests/hostage-taking.yaml")
 * @param line      where the case starts in the file (its first key), with {@code column}
 * @param name      the analyst's name for the case
 * @param documents the reports to classify, with the document ids they get
 */
record TestCase(String file, int line, int column, String name, List<CaseDocument> documents, Expectations expect,
                Expectations reject) {
    TestCase {
        documents = List.copyOf(documents);
    }
}
