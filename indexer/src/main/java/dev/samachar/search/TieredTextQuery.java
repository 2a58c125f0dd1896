package dev.samachar.search;

import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import co.elastic.clients.elasticsearch._types.query_dsl.ZeroTermsQuery;
import dev.samachar.es.AnalysisMode;
import dev.samachar.schema.ArticleField;
import dev.samachar.search.ArticleSearch.Tier;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The scoring part of a search, built from one parsed query ({@link QuerySyntax}) for every
 * {@link Tier}: a document matches when one tier holds every required group, and never when any
 * tier holds an excluded term. So {@code -Shoigu} also removes the articles that name him as
 * शोइगू: the cross-script and alias tiers exclude a name in every spelling they know.
 */
final class TieredTextQuery {

    private TieredTextQuery() {}

    static Query of(QuerySyntax syntax, AnalysisMode mode) {
        List<List<String>> analysed = mode == AnalysisMode.PLUGIN
                ? List.of(Tier.EXACT.fields, Tier.HINDI.fields, Tier.ALIAS.fields)
                : List.of(Tier.EXACT.fields, Tier.ALIAS.fields);
        List<Float> boosts = mode == AnalysisMode.PLUGIN
                ? List.of(Tier.EXACT.boost, Tier.HINDI.boost, Tier.ALIAS.boost)
                : List.of(Tier.EXACT.boost, Tier.ALIAS.boost);
        List<String> looseFields =
                mode == AnalysisMode.PLUGIN ? Tier.LOOSE.fields : List.of(ArticleField.LOOSE.fieldName());
        return Query.of(q -> q.bool(b -> {
            if (syntax.required().isEmpty()) {
                b.must(m -> m.matchAll(a -> a));
            } else {
                b.must(m -> m.bool(tiers -> {
                    for (int t = 0; t < analysed.size(); t++) {
                        tiers.should(analysedTier(syntax.required(), analysed.get(t), boosts.get(t)));
                    }
                    looseTier(syntax.required(), looseFields, analysed).ifPresent(tiers::should);
                    return tiers.minimumShouldMatch("1");
                }));
            }
            for (QuerySyntax.Term excluded : syntax.excluded()) {
                b.mustNot(n -> n.bool(anyTier -> {
                    for (List<String> fields : analysed) {
                        anyTier.should(term(excluded, fields, 1f, ZeroTermsQuery.None));
                    }
                    looseNames(excluded, looseFields).ifPresent(anyTier::should);
                    return anyTier;
                }));
            }
            return b;
        }));
    }

    /** Every group in one tier's fields; a group holds when any of its alternatives does. */
    private static Query analysedTier(List<QuerySyntax.Group> groups, List<String> fields, float boost) {
        return Query.of(q -> q.bool(b -> {
            for (QuerySyntax.Group group : groups) {
                b.must(m -> m.bool(any -> {
                    // A word that analyses to nothing (a lone symbol) is left out rather than failing the tier.
                    group.alternatives().forEach(t -> any.should(term(t, fields, 1f, ZeroTermsQuery.All)));
                    return any.minimumShouldMatch("1");
                }));
            }
            return b.boost(boost);
        }));
    }

    /** A word (all its tokens, in any one field) or a phrase; fields scored as simple_query_string scores them. */
    private static Query term(QuerySyntax.Term term, List<String> fields, float boost, ZeroTermsQuery zeroTerms) {
        return Query.of(q -> q.multiMatch(m -> m.query(term.text())
                .fields(fields)
                .boost(boost)
                .type(term.phrase() ? TextQueryType.Phrase : TextQueryType.BestFields)
                .tieBreaker(1.0)
                .operator(Operator.And)
                .zeroTermsQuery(zeroTerms)));
    }

    /**
     * The cross-script tier ({@link LooseQueryTerms}): every name of the query must match one of
     * its terms (within a group of alternatives, the names of one alternative); ordinary Hindi words
     * only add to the score, unless the query has no name, when one of them must match. A phrase
     * must hold as a phrase in another tier (this one has no word order; its names apart, or any one
     * ordinary Hindi word of it, would match far more than the phrase does). A group with an alternative that has
     * no cross-script terms (an ordinary English word) does not narrow this tier, as such a word
     * never did. Empty when nothing in the query has cross-script terms.
     */
    static Optional<Query> looseTier(List<QuerySyntax.Group> groups, List<String> fields, List<List<String>> analysed) {
        BoolQuery.Builder all = new BoolQuery.Builder();
        boolean anyClause = false;
        boolean anyRequired = false;
        for (QuerySyntax.Group group : groups) {
            if (group.alternatives().size() == 1 && group.alternatives().get(0).phrase()) {
                all.must(phrase(group.alternatives().get(0), analysed));
                anyClause = true;
                anyRequired = true;
                continue;
            }
            if (group.alternatives().size() == 1) {
                for (LooseQueryTerms.Word word :
                        LooseQueryTerms.of(group.alternatives().get(0).text())) {
                    Query anyTerm = anyTerm(word, fields);
                    anyClause = true;
                    if (word.required()) {
                        all.must(anyTerm);
                        anyRequired = true;
                    } else {
                        all.should(anyTerm);
                    }
                }
                continue;
            }
            List<Query> alternatives = new ArrayList<>();
            for (QuerySyntax.Term alternative : group.alternatives()) {
                Optional<Query> words = alternative.phrase()
                        ? Optional.of(phrase(alternative, analysed))
                        : allWords(LooseQueryTerms.of(alternative.text()), fields);
                if (words.isEmpty()) {
                    alternatives.clear();
                    break;
                }
                alternatives.add(words.get());
            }
            if (!alternatives.isEmpty()) {
                all.must(m -> m.bool(any -> any.should(alternatives).minimumShouldMatch("1")));
                anyClause = true;
                anyRequired = true;
            }
        }
        if (!anyClause) {
            return Optional.empty();
        }
        if (!anyRequired) {
            all.minimumShouldMatch("1");
        }
        return Optional.of(Query.of(q -> q.bool(all.boost(Tier.LOOSE.boost).build())));
    }

    /** A phrase as the other tiers match it: this tier has no word order to match one itself. */
    private static Query phrase(QuerySyntax.Term phrase, List<List<String>> analysed) {
        return Query.of(q -> q.bool(any -> {
            analysed.forEach(fields -> any.should(term(phrase, fields, 1f, ZeroTermsQuery.All)));
            return any.minimumShouldMatch("1");
        }));
    }

    /** One alternative in this tier: its names all, else (no name) any of its Hindi words. */
    private static Optional<Query> allWords(List<LooseQueryTerms.Word> words, List<String> fields) {
        if (words.isEmpty()) {
            return Optional.empty();
        }
        boolean anyName = words.stream().anyMatch(LooseQueryTerms.Word::required);
        return Optional.of(Query.of(q -> q.bool(b -> {
            for (LooseQueryTerms.Word word : words) {
                if (word.required()) {
                    b.must(anyTerm(word, fields));
                } else {
                    b.should(anyTerm(word, fields));
                }
            }
            return anyName ? b : b.minimumShouldMatch("1");
        })));
    }

    /**
     * What an excluded word removes in this tier: the articles that hold its name in either
     * script. Ordinary words are excluded in their own script only: their cross-script terms are
     * too loose to remove an article on (सोनी is a name and a word). An excluded phrase is
     * excluded where it is a phrase: the other tiers, the aliases among them.
     */
    private static Optional<Query> looseNames(QuerySyntax.Term term, List<String> fields) {
        if (term.phrase()) {
            return Optional.empty();
        }
        List<LooseQueryTerms.Word> names = LooseQueryTerms.of(term.text()).stream()
                .filter(LooseQueryTerms.Word::required)
                .toList();
        if (names.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Query.of(q -> q.bool(b -> {
            names.forEach(name -> b.must(anyTerm(name, fields)));
            return b;
        })));
    }

    /** Any of a word's terms in any of the fields (a "^3" suffix boosts a field). */
    private static Query anyTerm(LooseQueryTerms.Word word, List<String> fields) {
        return Query.of(w -> w.bool(any -> {
            for (String field : fields) {
                int caret = field.indexOf('^');
                String name = caret < 0 ? field : field.substring(0, caret);
                float boost = caret < 0 ? 1f : Float.parseFloat(field.substring(caret + 1));
                for (String term : word.terms()) {
                    any.should(t -> t.term(v -> v.field(name).value(term).boost(boost)));
                }
            }
            return any;
        }));
    }
}
