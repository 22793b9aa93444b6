package org.incidentclassifier.ruletools;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.incidentclassifier.ruleset.RuleProblem;

/** Reads a YAML document into {@link YamlNode}s with their places; syntax errors become located problems. */
final class YamlReader {
    private static final YAMLFactory FACTORY = new YAMLFactory();
    private static final Pattern MARK = Pattern.compile("\\s*in '(?:reader|string)', line (\\d+), column (\\d+):");

    /** The parsed document, or null (an empty file, or a problem added to {@code problems}). */
    static YamlNode read(String file, String text, List<RuleProblem> problems) {
        try (JsonParser parser = FACTORY.createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                return null;
            }
            YamlNode root = new Builder(file, parser, problems).value();
            if (parser.nextToken() != null) {
                JsonLocation where = parser.currentTokenLocation();
                problems.add(new RuleProblem(file, where.getLineNr(), where.getColumnNr(), "a second YAML document"
                        + " (after '---'); a file holds one document: remove the '---' line"));
            }
            return root;
        } catch (JsonProcessingException e) {
            problems.add(syntaxProblem(file, e));
            return null;
        } catch (IOException e) {
            problems.add(new RuleProblem(file, 0, 0, "cannot read YAML: " + e.getMessage()));
            return null;
        }
    }

    /**
     * SnakeYAML explains a syntax error in parts: what it was doing ("while parsing a flow sequence"), then
     * the problem ("expected ',' or ']'"), each followed by "in 'reader', line L, column C:" and an excerpt.
     * The problem's place is the most precise one.
     */
    private static RuleProblem syntaxProblem(String file, JsonProcessingException e) {
        String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        List<String> parts = new ArrayList<>();
        int line = e.getLocation() == null ? 0 : Math.max(e.getLocation().getLineNr(), 0);
        int column = e.getLocation() == null ? 0 : Math.max(e.getLocation().getColumnNr(), 0);
        List<String> lines = message.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            Matcher mark = MARK.matcher(lines.get(i));
            if (mark.matches()) {
                line = Integer.parseInt(mark.group(1));
                column = Integer.parseInt(mark.group(2));
                i += 2;
            } else if (!lines.get(i).isBlank()) {
                parts.add(lines.get(i).trim());
            }
        }
        String problem = parts.isEmpty() ? "unreadable YAML" : parts.get(parts.size() - 1);
        String context = parts.size() > 1 ? " (" + parts.get(0) + ")" : "";
        return new RuleProblem(file, line, column, "YAML syntax error: " + problem + context);
    }

    /** Turns the token stream under the current token into nodes. */
    private record Builder(String file, JsonParser parser, List<RuleProblem> problems) {
        YamlNode value() throws IOException {
            JsonToken token = parser.currentToken();
            JsonLocation where = parser.currentTokenLocation();
            int line = where.getLineNr();
            int column = where.getColumnNr();
            if (token == JsonToken.START_OBJECT) {
                Map<String, YamlNode.Entry> entries = new LinkedHashMap<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    JsonLocation keyAt = parser.currentTokenLocation();
                    String key = parser.currentName();
                    parser.nextToken();
                    YamlNode.Entry entry = new YamlNode.Entry(key, keyAt.getLineNr(), keyAt.getColumnNr(), value());
                    if (entries.putIfAbsent(key, entry) != null) {
                        problems.add(new RuleProblem(file, entry.line(), entry.column(), "'" + key
                                + "' is given twice in this map (first at line " + entries.get(key).line() + ")"));
                    }
                }
                return new YamlNode.Mapping(entries, line, column);
            }
            if (token == JsonToken.START_ARRAY) {
                List<YamlNode> items = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    items.add(value());
                }
                return new YamlNode.Sequence(items, line, column);
            }
            if (parser instanceof com.fasterxml.jackson.dataformat.yaml.YAMLParser yaml && yaml.isCurrentAlias()) {
                problems.add(new RuleProblem(file, line, column, "YAML aliases (*" + parser.getText() + ") are not"
                        + " supported here; write the value out"));
            }
            boolean isNull = token == JsonToken.VALUE_NULL;
            return new YamlNode.Scalar(isNull ? null : parser.getText(), isNull, line, column);
        }
    }
}
