package org.incidentclassifier.ruletools;

/**
 * One analyst's test case from {@code rules/tests/*.yaml}: a text and what its verdict must and must not contain.
 *
 * @param file   the case file, relative to the rules directory ("tests/hostage-taking.yaml")
 * @param line   where the case starts in the file (its first key), with {@code column}
 * @param name   the analyst's name for the case
 * @param id     the document id the case's text gets ("hostage-taking-3")
 * @param text   the text to classify (inline, or read from the file the case names)
 */
record TestCase(String file, int line, int column, String name, String id, String text, Expectations expect,
                       Expectations reject) {}
