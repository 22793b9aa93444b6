package org.incidentclassifier.ruletools;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the rule declarations in a DRL text: the {@code rule} keyword at the top level (outside comments,
 * strings, functions, queries and type declarations), the rule's name and the metadata annotations between
 * the name and {@code when}. It reads only as much DRL as that needs; the compiler checks the rest.
 */
public final class DrlScanner {
    private DrlScanner() {
    }

    /** The rules declared in one DRL file, in the order they appear. */
    public static List<DrlRule> scan(String file, String text) {
        return new Parser(file, DrlTokens.of(text), text).rules();
    }

    /** Walks the tokens of one file. */
    private static final class Parser {
        private final String file;
        private final List<DrlTokens.Token> tokens;
        private final String text;
        private int at;
        private String packageName = "";

        Parser(String file, List<DrlTokens.Token> tokens, String text) {
            this.file = file;
            this.tokens = tokens;
            this.text = text;
        }

        List<DrlRule> rules() {
            List<DrlRule> rules = new ArrayList<>();
            while (at < tokens.size()) {
                DrlTokens.Token token = tokens.get(at++);
                if (token.isWord("package")) {
                    packageName = qualifiedName();
                } else if (token.isWord("rule")) {
                    rules.add(rule(token));
                } else if (token.isWord("query") || token.isWord("declare")) {
                    skipPast("end");
                } else if (token.isWord("function")) {
                    skipBlock();
                }
            }
            return rules;
        }

        private String qualifiedName() {
            StringBuilder name = new StringBuilder();
            while (at < tokens.size() && (tokens.get(at).kind() == DrlTokens.Kind.WORD || tokens.get(at).is("."))) {
                name.append(tokens.get(at++).text());
            }
            return name.toString();
        }

        private DrlRule rule(DrlTokens.Token keyword) {
            String name = at < tokens.size() ? tokens.get(at++).unquoted() : "";
            Map<String, String> metadata = new LinkedHashMap<>();
            while (at < tokens.size() && !tokens.get(at).isWord("when") && !tokens.get(at).isWord("then")
                    && !tokens.get(at).isWord("end")) {
                DrlTokens.Token token = tokens.get(at++);
                if (token.is("@") && at < tokens.size() && tokens.get(at).kind() == DrlTokens.Kind.WORD) {
                    String key = tokens.get(at++).text();
                    metadata.putIfAbsent(key, at < tokens.size() && tokens.get(at).is("(") ? arguments() : "");
                }
            }
            skipPast("end");
            return new DrlRule(file, keyword.line(), keyword.column(), packageName, name, metadata);
        }

        /** The text between balanced parentheses, trimmed, without the quotes of a single string. */
        private String arguments() {
            DrlTokens.Token open = tokens.get(at++);
            int depth = 1;
            while (at < tokens.size()) {
                DrlTokens.Token token = tokens.get(at++);
                if (token.is("(")) {
                    depth++;
                } else if (token.is(")") && --depth == 0) {
                    String inside = text.substring(open.end(), token.start()).trim();
                    return DrlTokens.unquote(inside);
                }
            }
            return text.substring(open.end()).trim();
        }

        private void skipPast(String word) {
            while (at < tokens.size() && !tokens.get(at).isWord(word)) {
                at++;
            }
            at++;
        }

        private void skipBlock() {
            while (at < tokens.size() && !tokens.get(at).is("{")) {
                at++;
            }
            int depth = 0;
            while (at < tokens.size()) {
                DrlTokens.Token token = tokens.get(at++);
                if (token.is("{")) {
                    depth++;
                } else if (token.is("}") && --depth == 0) {
                    return;
                }
            }
        }
    }
}
