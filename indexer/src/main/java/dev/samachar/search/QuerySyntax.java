package dev.samachar.search;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A parsed query ({@link QueryParser}): groups that must all match, each satisfied by any one of
 * its alternatives, and terms no hit may contain. Every search tier builds its clauses from this,
 * so a query means the same in each of them.
 *
 * @param required groups that must all match; empty for a query of exclusions only
 * @param excluded words and phrases that remove a hit wherever they match
 */
public record QuerySyntax(List<Group> required, List<Term> excluded) {

    public QuerySyntax {
        required = List.copyOf(required);
        excluded = List.copyOf(excluded);
    }

    /** A word or a "quoted phrase", as typed (NFC), without its quotes or minus sign. */
    public record Term(String text, boolean phrase) {
        @Override
        public String toString() {
            return phrase ? "\"" + text + "\"" : text;
        }
    }

    /** One or more alternatives joined by {@code |}. */
    public record Group(List<Term> alternatives) {
        public Group {
            alternatives = List.copyOf(alternatives);
        }

        @Override
        public String toString() {
            return alternatives.stream().map(Term::toString).collect(Collectors.joining(" | "));
        }
    }

    public boolean isEmpty() {
        return required.isEmpty() && excluded.isEmpty();
    }

    /** The query written back in its own syntax, one space between parts. */
    @Override
    public String toString() {
        String positive = required.stream().map(Group::toString).collect(Collectors.joining(" "));
        String negative = excluded.stream().map(t -> "-" + t).collect(Collectors.joining(" "));
        return (positive + " " + negative).strip();
    }
}
