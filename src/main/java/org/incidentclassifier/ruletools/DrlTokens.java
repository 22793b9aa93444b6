package org.incidentclassifier.ruletools;

import java.util.ArrayList;
import java.util.List;

/** Splits DRL text into words, strings and single symbols with their places, dropping comments and blanks. */
final class DrlTokens {
    enum Kind { WORD, STRING, SYMBOL }

    /** One token: its kind, text, offsets in the file (end exclusive), and 1-based line and column. */
    record Token(Kind kind, String text, int start, int end, int line, int column) {
        boolean isWord(String word) {
            return kind == Kind.WORD && text.equals(word);
        }

        boolean is(String symbol) {
            return kind == Kind.SYMBOL && text.equals(symbol);
        }

        String unquoted() {
            return kind == Kind.STRING ? unquote(text) : text;
        }
    }

    private DrlTokens() {
    }

    static List<Token> of(String text) {
        List<Token> tokens = new ArrayList<>();
        int line = 1;
        int lineStart = 0;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            int start = i;
            if (c == '\n') {
                line++;
                lineStart = ++i;
                continue;
            }
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            if (text.startsWith("//", i)) {
                i = endOfLine(text, i);
                continue;
            }
            if (text.startsWith("/*", i)) {
                int close = text.indexOf("*/", i + 2);
                int end = close < 0 ? text.length() : close + 2;
                for (int k = i; k < end; k++) {
                    if (text.charAt(k) == '\n') {
                        line++;
                        lineStart = k + 1;
                    }
                }
                i = end;
                continue;
            }
            if (c == '"' || c == '\'') {
                i = endOfString(text, i, c);
                tokens.add(new Token(Kind.STRING, text.substring(start, i), start, i, line, start - lineStart + 1));
                continue;
            }
            if (Character.isJavaIdentifierStart(c)) {
                while (i < text.length() && Character.isJavaIdentifierPart(text.charAt(i))) {
                    i++;
                }
                tokens.add(new Token(Kind.WORD, text.substring(start, i), start, i, line, start - lineStart + 1));
                continue;
            }
            i++;
            tokens.add(new Token(Kind.SYMBOL, String.valueOf(c), start, i, line, start - lineStart + 1));
        }
        return tokens;
    }

    private static int endOfLine(String text, int from) {
        int end = text.indexOf('\n', from);
        return end < 0 ? text.length() : end;
    }

    /** Past the closing quote; a string left open ends at the end of its line. */
    private static int endOfString(String text, int from, char quote) {
        int i = from + 1;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\\') {
                i += 2;
            } else if (c == quote) {
                return i + 1;
            } else if (c == '\n') {
                return i;
            } else {
                i++;
            }
        }
        return text.length();
    }

    /** A quoted string's content with simple escapes resolved; other text as it is. */
    static String unquote(String text) {
        if (text.length() >= 2 && (text.startsWith("\"") && text.endsWith("\"")
                || text.startsWith("'") && text.endsWith("'"))) {
            return text.substring(1, text.length() - 1).replace("\\\"", "\"").replace("\\'", "'")
                    .replace("\\\\", "\\");
        }
        return text;
    }
}
