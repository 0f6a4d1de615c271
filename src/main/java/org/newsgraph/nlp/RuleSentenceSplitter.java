package org.newsgraph.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A rule-based sentence splitter for languages without an OpenNLP model (Tagalog, Russian): a sentence ends at
 * {@code . ! ? …} (plus closing quotes and brackets) followed by white space and a capital, digit or opening
 * quote, unless the word before the stop is an abbreviation of the profile or a single capital (an initial).
 */
public final class RuleSentenceSplitter implements SentenceSplitter {
    private final Set<String> abbreviations;

    public RuleSentenceSplitter(Set<String> abbreviations) {
        this.abbreviations = Set.copyOf(abbreviations);
    }

    @Override
    public List<Span> split(String text, Span within) {
        List<Span> out = new ArrayList<>();
        int start = within.start();
        int end = within.end();
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c != '.' && c != '!' && c != '?' && c != '…') {
                continue;
            }
            int j = i + 1;
            while (j < end && (text.charAt(j) == '.' || isClosing(text.charAt(j)))) {
                j++;
            }
            int k = j;
            while (k < end && Character.isWhitespace(text.charAt(k))) {
                k++;
            }
            if (k == j || k >= end) {
                continue;
            }
            if (!startsSentence(text.charAt(k)) || (c == '.' && isAbbreviation(text, i))) {
                continue;
            }
            out.add(trim(text, start, j));
            start = k;
            i = k - 1;
        }
        if (start < end) {
            Span last = trim(text, start, end);
            if (last.length() > 0) {
                out.add(last);
            }
        }
        return out;
    }

    private boolean isAbbreviation(String text, int stop) {
        int b = stop;
        while (b > 0 && Character.isLetter(text.charAt(b - 1))) {
            b--;
        }
        String word = text.substring(b, stop);
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
            return true;
        }
        return abbreviations.contains(word.toLowerCase(Locale.ROOT));
    }

    private static boolean isClosing(char c) {
        return c == '"' || c == '\'' || c == ')' || c == ']' || c == '»' || c == '”' || c == '’';
    }

    private static boolean startsSentence(char c) {
        return Character.isUpperCase(c) || Character.isDigit(c) || c == '"' || c == '«' || c == '“' || c == '('
                || c == '[' || c == '—' || c == '–' || c == '-';
    }

    static Span trim(String text, int s, int e) {
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        return new Span(s, e);
    }
}
