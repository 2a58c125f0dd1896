package dev.samachar.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the query language the CLI and the search page share: words (all must match),
 * {@code "a phrase"}, {@code a | b} (either), {@code -word} and {@code -"a phrase"} (exclude).
 * A minus sign only excludes at the start of a word, so Indo-Pacific stays one word.
 */
public final class QueryParser {

    /** Input the language cannot read: the message says what is wrong and where. */
    public static final class QuerySyntaxException extends IllegalArgumentException {
        private final String reason;

        public QuerySyntaxException(String reason) {
            super("bad query: " + reason);
            this.reason = reason;
        }

        /** What is wrong, without the "bad query" prefix. */
        public String reason() {
            return reason;
        }
    }

    private QueryParser() {}

    public static QuerySyntax parse(String text) {
        List<QuerySyntax.Group> required = new ArrayList<>();
        List<QuerySyntax.Term> excluded = new ArrayList<>();
        if (text == null) {
            return new QuerySyntax(required, excluded);
        }
        String s = Normalizer.normalize(text, Normalizer.Form.NFC);
        List<QuerySyntax.Term> group = new ArrayList<>();
        boolean afterBar = false;
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            if (c == '|') {
                if (group.isEmpty() || afterBar) {
                    throw new QuerySyntaxException(
                            "“|” needs a word or phrase on both sides, as in Kazakhstan | Uzbekistan");
                }
                afterBar = true;
                i++;
                continue;
            }
            boolean exclude = c == '-';
            int start = exclude ? i + 1 : i;
            if (exclude && (start == s.length() || Character.isWhitespace(s.charAt(start)) || s.charAt(start) == '|')) {
                throw new QuerySyntaxException(
                        "a lone “-” excludes nothing: write it right before a word or phrase, as in -Shoigu");
            }
            QuerySyntax.Term term;
            if (s.charAt(start) == '"') {
                int close = s.indexOf('"', start + 1);
                if (close < 0) {
                    throw new QuerySyntaxException("the quote opened at “" + abbreviate(s.substring(start))
                            + "” is never closed: add the closing \"");
                }
                String phrase = s.substring(start + 1, close).strip().replaceAll("\\s+", " ");
                if (phrase.isEmpty()) {
                    throw new QuerySyntaxException(
                            "an empty phrase \"\" matches nothing: put words between the quotes");
                }
                term = new QuerySyntax.Term(phrase, true);
                i = close + 1;
            } else {
                int end = start;
                while (end < s.length()
                        && !Character.isWhitespace(s.charAt(end))
                        && s.charAt(end) != '|'
                        && s.charAt(end) != '"') {
                    end++;
                }
                if (end < s.length() && s.charAt(end) == '"') {
                    throw new QuerySyntaxException("a quote must start a phrase, not sit inside a word: “"
                            + abbreviate(s.substring(start)) + "”");
                }
                term = new QuerySyntax.Term(s.substring(start, end), false);
                i = end;
            }
            if (exclude) {
                if (afterBar) {
                    throw new QuerySyntaxException("an exclusion cannot be an alternative: write “a -b”, not “a | -b”");
                }
                closeGroup(group, required);
                excluded.add(term);
                continue;
            }
            if (!afterBar) {
                closeGroup(group, required);
            }
            group.add(term);
            afterBar = false;
        }
        if (afterBar) {
            throw new QuerySyntaxException("“|” needs a word or phrase on both sides, as in Kazakhstan | Uzbekistan");
        }
        closeGroup(group, required);
        return new QuerySyntax(required, excluded);
    }

    /**
     * The query with what made it unreadable taken out (quote marks, a dangling {@code |} or lone
     * {@code -}): the search page still searches the words, and says so.
     */
    public static QuerySyntax parseLeniently(String text) {
        try {
            return parse(text);
        } catch (QuerySyntaxException e) {
            return parse(text.replace('"', ' ').replace('|', ' ').replaceAll("(^|\\s)-+(?=\\s|$)", " "));
        }
    }

    private static void closeGroup(List<QuerySyntax.Term> group, List<QuerySyntax.Group> required) {
        if (!group.isEmpty()) {
            required.add(new QuerySyntax.Group(group));
            group.clear();
        }
    }

    private static String abbreviate(String s) {
        return s.length() <= 30 ? s : s.substring(0, 30) + "…";
    }
}
