package org.incidentclassifier.engine;

import java.util.List;
import org.incidentclassifier.ruleset.DrlDeclarations;
import org.incidentclassifier.ruleset.DrlRule;

/**
 * Lets a rule's name hold a quote or a backslash ({@code rule "A \"bomb\" at the gate"}). The executable model
 * copies the parsed name into generated Java source without escaping it again, so such a name breaks the build
 * with errors in files that do not exist. The text handed to the compiler therefore escapes those names twice:
 * the DRL parser removes one level and the Java compiler the other, and the rule keeps the name the analyst
 * wrote. Only the name's own characters change, so lines and columns stay where they were.
 */
final class QuotedRuleNames {
    private QuotedRuleNames() {
    }

    /** The DRL text to compile: {@code text} with the names of {@code rules} (all of this file) made safe. */
    static String compilable(String text, List<DrlRule> rules) {
        StringBuilder out = new StringBuilder(text);
        // from the last rule back, so that earlier offsets stay valid
        for (int i = rules.size() - 1; i >= 0; i--) {
            DrlRule rule = rules.get(i);
            if (rule.name().indexOf('"') < 0 && rule.name().indexOf('\\') < 0) {
                continue;
            }
            int keyword = DrlDeclarations.startOfLine(text, rule.line()) + rule.column() - 1;
            int open = text.indexOf('"', keyword);
            int close = closingQuote(text, open);
            if (open < 0 || close < 0) {
                continue;
            }
            out.replace(open, close + 1, "\"" + escape(escape(rule.name())) + "\"");
        }
        return out.toString();
    }

    private static int closingQuote(String text, int open) {
        for (int i = open + 1; open >= 0 && i < text.length() && text.charAt(i) != '\n'; i++) {
            if (text.charAt(i) == '\\') {
                i++;
            } else if (text.charAt(i) == '"') {
                return i;
            }
        }
        return -1;
    }

    private static String escape(String name) {
        return name.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
