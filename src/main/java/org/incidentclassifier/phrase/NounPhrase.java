package org.incidentclassifier.phrase;

/**
 * A noun phrase over tokens [start, end) of a sentence: "nearly 50 female passengers", "the gunmen", "Six".
 * <ul>
 *   <li>{@code head}: the last word of the phrase, the noun it names ("passengers"); for a bare number
 *       ("Six were killed") the head is the number itself and {@link #headless()} is true;</li>
 *   <li>{@code number}: the first number word or digit token, or -1;</li>
 *   <li>{@code preposition}: the preposition that governs the phrase ("at the plant" has "at"), lower case,
 *       or null: a phrase under a preposition is never a clause's subject or object.</li>
 * </ul>
 */
public record NounPhrase(int start, int end, int head, int number, String preposition) {

    /** True when the phrase is only a number and its modifiers: "Six", "nearly 50". */
    public boolean headless() {
        return number >= 0 && head == number;
    }

    /** True when the phrase has a number in it. */
    public boolean counted() {
        return number >= 0;
    }

    /** True when token {@code i} lies inside the phrase. */
    public boolean contains(int i) {
        return i >= start && i < end;
    }
}
