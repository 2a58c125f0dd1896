package dev.samachar.benchmarks.names;

import dev.samachar.benchmarks.HunspellHi;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The offline report of scripts/bench-names: cross-script recall and precision of Samachar's name
 * matching on real English/Hindi place-name pairs, and the precision of the hindi and loose fields
 * on the hunspell-hi vocabulary. Everything goes through the analysers' public API
 * ({@link WordForms}), so the figures follow the current rules. Output is deterministic: a
 * Markdown table (from the line starting {@code | measure |} to the next blank line), then the
 * details.
 *
 * <p>Usage: {@code java -cp benchmarks.jar dev.samachar.benchmarks.names.BenchNames
 * [--data DIR] [--tiers LIST] [--misses FILE]}. DIR (default benchmarks/target/bench-names/cache)
 * holds what scripts/bench-names fetched: {@code libgweather-4-common/} and {@code apertium-hin/}
 * (unpacked .debs), {@code npm/package/} (the unpacked npm tarball) and {@code hunspell-hi/}
 * ({@link HunspellHi}'s cache). The hunspell-hi figures count two words as the same lemma when
 * apertium-hin's analyser gives them a common lemma ({@link ApertiumLemmas}) or they are forms of one
 * stem in one of apertium-hin's noun/adjective paradigms ({@link ApertiumParadigms}). LIST is a
 * comma-separated set of {@link Tier}s, default {@code loose}; {@code loose,fuzzy,key} is the old
 * search. FILE gets every missed pair as TSV.
 *
 * <p>A search for word A finds word B when A's query terms meet B's indexed terms ({@link
 * WordForms#finds}; the loose field has a query analyser of its own since the terms were prefixed
 * by script). Pair recall counts a pair found when either word, searched for, finds the other, and
 * also gives each direction; a false merge is an English and a Hindi word of different names
 * either of which finds the other.
 */
public final class BenchNames {

    private static final int MISSES_PER_KIND = 6;
    private static final List<String> MISS_KINDS = List.of(
            "English word without loose terms",
            "Hindi word without loose terms",
            "loose keys one edit apart",
            "two edits apart",
            "three or more edits apart");
    private static final double HUNSPELL_TARGET_PCT = 1.5;

    public static void main(String[] args) throws Exception {
        Path data = Path.of("benchmarks/target/bench-names/cache");
        Set<Tier> tiers = Tier.parse("loose");
        Path missesFile = null;
        for (int i = 0; i < args.length; i++) {
            if (i + 1 == args.length) {
                usage();
            }
            switch (args[i]) {
                case "--data" -> data = Path.of(args[++i]);
                case "--tiers" -> tiers = Tier.parse(args[++i]);
                case "--misses" -> missesFile = Path.of(args[++i]);
                default -> usage();
            }
        }
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        new BenchNames(data, tiers, missesFile, out).run();
    }

    private static void usage() {
        System.err.println("usage: BenchNames [--data DIR] [--tiers loose,fuzzy,key] [--misses FILE]");
        System.exit(2);
    }

    private final Path data;
    private final Set<Tier> tiers;
    private final Path missesFile;
    private final PrintStream out;

    BenchNames(Path data, Set<Tier> tiers, Path missesFile, PrintStream out) {
        this.data = data;
        this.tiers = tiers;
        this.missesFile = missesFile;
        this.out = out;
    }

    void run() throws IOException {
        List<NamePair> gweather = GweatherNames.read(data.resolve("libgweather-4-common"));
        List<NamePair> npm = NpmNames.read(data.resolve("npm").resolve("package"));
        List<NamePair> names = distinct(gweather, npm);
        TransliterationCheck check = new TransliterationCheck();
        WordPairs wordPairs = WordPairs.of(names, check);
        List<WordPair> pairs = wordPairs.kept();
        WordForms words = new WordForms();
        String tierList = Tier.format(tiers);

        Recall.Result all = Recall.measure("libgweather (all)", pairs, WordPair::gweather, words, tiers);
        Recall.Result indian = Recall.measure("Indian (npm + libgweather IN)", pairs, WordPair::indian, words, tiers);
        FalseMerges.Result merges = FalseMerges.measure(pairs, words, tiers);

        HunspellMerges.Result hunspell = null;
        ApertiumParadigms paradigms = null;
        String hunspellSkipped = null;
        try {
            List<String> list = HunspellHi.words(data.resolve("hunspell-hi"));
            ApertiumLemmas apertium = ApertiumLemmas.read(data.resolve("apertium-hin"));
            paradigms = ApertiumParadigms.read(data.resolve("apertium-hin"));
            hunspell = HunspellMerges.measure(list, words, apertium::lemmas, paradigms::readings);
        } catch (HunspellHi.Unavailable e) {
            hunspellSkipped = e.getMessage();
        }

        // --- Table ---------------------------------------------------------------------------
        out.println("| measure | figure | target | met |");
        out.println("|---|---|---|---|");
        out.printf(
                Locale.ROOT,
                "| name pairs (distinct English/Hindi): libgweather / npm / Indian (npm + libgweather IN) | %,d / %,d / %,d | | |%n",
                distinctPairs(gweather),
                distinctPairs(npm),
                distinctPairs(names.stream().filter(NamePair::indian).toList()));
        out.printf(
                Locale.ROOT,
                "| word pairs kept as transliterations: libgweather (all) / Indian (npm + libgweather IN) | %,d / %,d | | |%n",
                all.pairs(),
                indian.pairs());
        out.printf(
                Locale.ROOT,
                "| found by tiers `%s` (a search for either word finds the other): libgweather / Indian | %s / %s | | |%n",
                tierList,
                Share.pct1(all.found(), all.pairs()),
                Share.pct1(indian.found(), indian.pairs()));
        out.printf(
                Locale.ROOT,
                "| … en→hi (a search for the English word finds the Hindi word): libgweather / Indian | %s / %s | | |%n",
                Share.pct1(all.englishFindsHindi(), all.pairs()),
                Share.pct1(indian.englishFindsHindi(), indian.pairs()));
        out.printf(
                Locale.ROOT,
                "| … hi→en (a search for the Hindi word finds the English word): libgweather / Indian | %s / %s | | |%n",
                Share.pct1(all.hindiFindsEnglish(), all.pairs()),
                Share.pct1(indian.hindiFindsEnglish(), indian.pairs()));
        out.printf(
                Locale.ROOT,
                "| equal primary loose form (first indexed term, script prefix stripped): libgweather / Indian | %s / %s | | |%n",
                Share.pct1(all.equalPrimary(), all.pairs()),
                Share.pct1(indian.equalPrimary(), indian.pairs()));
        out.printf(
                Locale.ROOT,
                "| false merges among distinct names, tiers `%s` (a search for either finds the other): English / Hindi words | %s of %,d / %s of %,d | | |%n",
                tierList,
                Share.pct2(merges.englishMerged(), merges.englishNames()),
                merges.englishNames(),
                Share.pct2(merges.hindiMerged(), merges.hindiNames()),
                merges.hindiNames());
        if (hunspell != null) {
            double pct = Share.pct(hunspell.merged(), hunspell.words());
            out.printf(
                    Locale.ROOT,
                    "| hunspell-hi words merged beyond spelling variants and lemmas (a search for the word finds another through the hindi or loose field) | %s of %,d | ≤ %.1f%% | %s |%n",
                    Share.pct2(hunspell.merged(), hunspell.words()),
                    hunspell.words(),
                    HUNSPELL_TARGET_PCT,
                    pct <= HUNSPELL_TARGET_PCT ? "yes" : "no");
            out.printf(
                    Locale.ROOT,
                    "| … through the hindi field / through the loose field | %s / %s | | |%n",
                    Share.pct2(hunspell.viaHindi(), hunspell.words()),
                    Share.pct2(hunspell.viaLoose(), hunspell.words()));
            out.printf(
                    Locale.ROOT,
                    "| … of them merged with a word such that apertium-hin knows both (lemmas certainly different) | %s | | |%n",
                    Share.pct2(hunspell.mergedKnown(), hunspell.words()));
            out.printf(
                    Locale.ROOT,
                    "| … not counted since forms of one stem in an apertium-hin noun/adjective paradigm count as one lemma (merged by apertium-hin's lemmas alone) | %s (%s) | | |%n",
                    Share.pct2(hunspell.keptByParadigms(), hunspell.words()),
                    Share.pct2(hunspell.mergedByLemmas(), hunspell.words()));
        } else {
            out.printf(
                    Locale.ROOT,
                    "| hunspell-hi words merged beyond spelling variants and lemmas | skipped: %s | ≤ %.1f%% | |%n",
                    hunspellSkipped,
                    HUNSPELL_TARGET_PCT);
        }
        out.println();

        // --- Details -------------------------------------------------------------------------
        out.println(
                "Loose field: " + words.describe() + ". A search for word A finds a document holding word B through "
                        + "the loose field when A's query terms meet B's indexed terms; a pair is found when either word, searched "
                        + "for, finds the other. Fuzzy compares the terms without their script prefix (_ ~ ^).");
        out.println();
        pairDetails(gweather, npm, names, wordPairs);
        recallDetails(all);
        recallDetails(indian);
        mergeDetails(merges, tierList);
        hunspellDetails(hunspell, paradigms, hunspellSkipped);
        if (missesFile != null) {
            writeMisses(missesFile, all, indian);
        }
    }

    /**
     * The name pairs of both sources, each (English, Hindi, source) once, in order; a libgweather
     * pair listed both in India and elsewhere counts as Indian.
     */
    static List<NamePair> distinct(List<NamePair> gweather, List<NamePair> npm) {
        Map<String, NamePair> byPair = new LinkedHashMap<>();
        for (List<NamePair> source : List.of(gweather, npm)) {
            for (NamePair p : source) {
                byPair.merge(
                        p.english() + '\t' + p.hindi() + '\t' + p.source(),
                        p,
                        (first, later) -> later.indian() && !first.indian() ? later : first);
            }
        }
        return new ArrayList<>(byPair.values());
    }

    private void heading(String title) {
        out.println(title);
        out.println("-".repeat(title.length()));
    }

    private static long distinctPairs(List<NamePair> pairs) {
        return pairs.stream()
                .map(p -> p.english() + '\t' + p.hindi())
                .distinct()
                .count();
    }

    private void pairDetails(List<NamePair> gweather, List<NamePair> npm, List<NamePair> names, WordPairs wordPairs) {
        long gweatherIndian =
                distinctPairs(gweather.stream().filter(NamePair::indian).toList());
        heading("Pairs");
        out.printf(
                Locale.ROOT,
                "libgweather-4-common: %,d names of country/state/city/location with a Hindi translation "
                        + "(%,d distinct, %,d of them in India); npm @coffeebeanslabs/country_state_district@1.0.1: "
                        + "%,d states and districts (%,d distinct).%n",
                gweather.size(),
                distinctPairs(gweather),
                gweatherIndian,
                npm.size(),
                distinctPairs(npm));
        out.printf(
                Locale.ROOT,
                "Names split into words at spaces, hyphens and slashes: %,d of %,d name pairs have a "
                        + "different number of words in English and Hindi and give no word pairs; the others give %,d word "
                        + "pairs (with repeats), paired in order unless another order pairs more alike words and moves words only "
                        + "to clear transliterations (Lake Charles / चार्ल्स झील).%n",
                wordPairs.unaligned(),
                wordPairs.names(),
                wordPairs.candidates());
        out.printf(
                Locale.ROOT,
                "Translations excluded: %,d distinct word pairs kept, %,d excluded (%s) as not "
                        + "transliterations (or not a Latin/Devanagari word pair) by an independent check, not our analysers:%n",
                wordPairs.kept().size(),
                wordPairs.excluded().size(),
                Share.pct1(
                        wordPairs.excluded().size(),
                        wordPairs.kept().size() + wordPairs.excluded().size()));
        out.println(TransliterationCheck.RULE);
        out.println("Examples of excluded word pairs (English / Hindi, ICU romanisation, skeletons, similarity):");
        for (WordPairs.Excluded x : Share.spread(wordPairs.excluded(), 10)) {
            TransliterationCheck.Verdict v = x.verdict();
            if (v == null) {
                out.printf("  %s / %s (not a Latin/Devanagari word pair; in %s)%n", x.english(), x.hindi(), x.name());
            } else {
                out.printf(
                        Locale.ROOT,
                        "  %s / %s  (%s; %s vs %s, %.2f; in %s)%n",
                        x.english(),
                        x.hindi(),
                        v.romanised(),
                        v.englishSkeleton().toUpperCase(Locale.ROOT),
                        v.hindiSkeleton().toUpperCase(Locale.ROOT),
                        v.similarity(),
                        x.name());
            }
        }
        out.println();
    }

    private void recallDetails(Recall.Result r) {
        heading(String.format(Locale.ROOT, "Recall: %s, %,d word pairs", r.label(), r.pairs()));
        out.printf(
                Locale.ROOT,
                "found by tiers %s (either direction): %s; en→hi %s, hi→en %s; either direction by each tier "
                        + "alone: loose %s, fuzzy %s, key %s; equal primary loose form %s%n",
                Tier.format(tiers),
                Share.pct1(r.found(), r.pairs()),
                Share.pct1(r.englishFindsHindi(), r.pairs()),
                Share.pct1(r.hindiFindsEnglish(), r.pairs()),
                Share.pct1(r.byTier().get(Tier.LOOSE), r.pairs()),
                Share.pct1(r.byTier().get(Tier.FUZZY), r.pairs()),
                Share.pct1(r.byTier().get(Tier.KEY), r.pairs()),
                Share.pct1(r.equalPrimary(), r.pairs()));
        List<Recall.Miss> misses = r.misses();
        String where = "";
        if (r.label().startsWith("libgweather")) {
            misses = misses.stream().filter(m -> !m.pair().indian()).collect(Collectors.toList()); // India: see below
            where = String.format(
                    Locale.ROOT, "; %,d of them outside India, by kind, examples spread over each kind", misses.size());
        } else {
            where = "; by kind, examples spread over each kind";
        }
        out.printf(
                Locale.ROOT,
                "%,d misses%s (indexed loose terms in brackets, key terms after them):%n",
                r.misses().size(),
                where);
        Map<String, List<Recall.Miss>> kinds = new LinkedHashMap<>();
        for (String kind : MISS_KINDS) {
            kinds.put(kind, new ArrayList<>());
        }
        for (Recall.Miss m : misses) {
            kinds.get(kind(m)).add(m);
        }
        for (Map.Entry<String, List<Recall.Miss>> kind : kinds.entrySet()) {
            out.printf(
                    Locale.ROOT, "  %s: %,d%n", kind.getKey(), kind.getValue().size());
            for (Recall.Miss m : Share.spread(kind.getValue(), MISSES_PER_KIND)) {
                out.printf(
                        Locale.ROOT,
                        "    %-18s %-30s %-14s %s%n",
                        m.pair().english(),
                        terms(m.english()),
                        m.pair().hindi(),
                        terms(m.hindi()));
            }
        }
        out.println();
    }

    /** One of {@link #MISS_KINDS}. */
    private static String kind(Recall.Miss m) {
        if (m.english().loose().isEmpty()) {
            return MISS_KINDS.get(0);
        }
        if (m.hindi().loose().isEmpty()) {
            return MISS_KINDS.get(1);
        }
        return MISS_KINDS.get(Math.min(m.nearest(), 3) + 1);
    }

    private static String terms(WordForms.Forms f) {
        String s = "[" + String.join(" ", f.loose()) + "]";
        return f.key().isEmpty() ? s : s + " key " + String.join(" ", new TreeSet<>(f.key()));
    }

    private void mergeDetails(FalseMerges.Result m, String tierList) {
        heading("False merges among distinct names (tiers " + tierList + ")");
        out.printf(
                Locale.ROOT,
                "A false merge: a search for an English word finds the Hindi word of another name, or a search for "
                        + "that Hindi word finds the English word. False (English, Hindi) edges found en→hi: %,d; hi→en: %,d.%n",
                m.englishFindsHindi(),
                m.hindiFindsEnglish());
        out.printf(
                Locale.ROOT,
                "English words (Latin-ASCII lower-case groups): %,d of %,d (%s) meet the Hindi word of another name.%n",
                m.englishMerged(),
                m.englishNames(),
                Share.pct2(m.englishMerged(), m.englishNames()));
        for (FalseMerges.Merge x : m.englishExamples()) {
            out.printf("  %s → %s (the Hindi of %s)%n", x.english(), x.hindi(), x.hindiIsFor());
        }
        out.printf(
                Locale.ROOT,
                "Hindi words (spelling-variant groups): %,d of %,d (%s) meet the English word of another name.%n",
                m.hindiMerged(),
                m.hindiNames(),
                Share.pct2(m.hindiMerged(), m.hindiNames()));
        for (FalseMerges.Merge x : m.hindiExamples()) {
            out.printf("  %s (for %s) → %s%n", x.hindi(), x.hindiIsFor(), x.english());
        }
        out.println();
    }

    private void hunspellDetails(HunspellMerges.Result h, ApertiumParadigms paradigms, String skipped) {
        heading("hunspell-hi merges");
        if (h == null) {
            out.println("SKIPPED: " + skipped);
            return;
        }
        out.printf(
                Locale.ROOT,
                "%,d distinct words of hunspell-hi (hi_IN.dic), %,d (%s) known to apertium-hin's analyser "
                        + "(hin.automorf); an unknown word is its own lemma.%n",
                h.words(),
                h.lemmatised(),
                Share.pct1(h.lemmatised(), h.words()));
        out.printf(
                Locale.ROOT,
                "%,d (%s) have loose terms (the others are ordinary words: none); %,d of them (%s of the list) "
                        + "index `~` terms, i.e. no Hindi dictionary of the analysis library knows them (a search for a known "
                        + "Hindi word finds only the unknown spellings among the Devanagari words).%n",
                h.withLoose(),
                Share.pct1(h.withLoose(), h.words()),
                h.unknownLoose(),
                Share.pct1(h.unknownLoose(), h.words()));
        out.println("Same lemma: apertium-hin gives a common lemma, or the two words are forms of one stem in one of "
                + "apertium-hin's noun/adjective paradigms (key(w1) = s + x, key(w2) = s + y, x ≠ y suffixes of one "
                + "paradigm, stem s of at least " + ApertiumParadigms.MIN_STEM + " characters, key = NFC and the "
                + "spelling-variant key; the stem need not be a listed word, nor the paradigm the one apertium-hin "
                + "gives the word) and apertium-hin's analyser does not know both words: the paradigms fill its gaps, "
                + "they do not overrule it.");
        out.printf(
                Locale.ROOT,
                "Paradigms (apertium-hin.hin.dix pardefs named __n_m, __n_f, __n, __adj with 2 or more "
                        + "distinct suffixes, %,d used, %,d with fewer left out), each with its suffixes (∅ = the stem itself) "
                        + "and the pairs of the list it makes one lemma (see below; a pair counts under every paradigm it fits):%n",
                paradigms.paradigms().size(),
                paradigms.skipped());
        for (ApertiumParadigms.Paradigm p : paradigms.paradigms()) {
            out.printf(
                    Locale.ROOT,
                    "  %s: %s  %,d%n",
                    p.name(),
                    p.suffixes().stream().map(x -> x.isEmpty() ? "∅" : x).collect(Collectors.joining(" ")),
                    h.paradigmOnlyByParadigm().getOrDefault(p.name(), 0));
        }
        out.printf(
                Locale.ROOT,
                "Pairs of hunspell-hi words (not spelling variants, merged or not) that are forms of one "
                        + "stem in one paradigm: %,d; %,d of them are one lemma by apertium-hin's analyser already, %,d "
                        + "are words it knows both of with different lemmas (left different), %,d are made one lemma by the "
                        + "paradigm rule; examples of those (word / other word: paradigm, stem as a spelling-variant key):%n",
                h.paradigmPairs(),
                h.paradigmPairs() - h.paradigmOnlyPairs() - h.overruledPairs(),
                h.overruledPairs(),
                h.paradigmOnlyPairs());
        for (HunspellMerges.ParadigmPair p : h.paradigmExamples()) {
            out.printf("  %s / %s: %s, %s%n", p.word(), p.other(), p.paradigm(), p.stem());
        }
        out.println("Examples of the pairs left different (apertium-hin knows both words, with different lemmas):");
        for (HunspellMerges.ParadigmPair p : h.overruledExamples()) {
            out.printf("  %s / %s: %s, %s%n", p.word(), p.other(), p.paradigm(), p.stem());
        }
        out.printf(
                Locale.ROOT,
                "Merged (a search for the word finds another) with a word that is neither a spelling variant nor "
                        + "the same lemma: %,d (%s); through the "
                        + "hindi field %,d (%s), through the loose field %,d (%s).%n",
                h.merged(),
                Share.pct2(h.merged(), h.words()),
                h.viaHindi(),
                Share.pct2(h.viaHindi(), h.words()),
                h.viaLoose(),
                Share.pct2(h.viaLoose(), h.words()));
        out.printf(
                Locale.ROOT,
                "With apertium-hin's lemmas alone %,d (%s) would be: the paradigm rule makes %,d merged "
                        + "pairs one lemma and so keeps %,d words from being counted (it leaves %,d merged pairs of words "
                        + "apertium-hin knows both of different); examples of the pairs made one lemma (word / other word: "
                        + "paradigm, stem):%n",
                h.mergedByLemmas(),
                Share.pct2(h.mergedByLemmas(), h.words()),
                h.reclassifiedPairs(),
                h.keptByParadigms(),
                h.overruledMergedPairs());
        for (HunspellMerges.ParadigmPair p : h.reclassifiedExamples()) {
            out.printf("  %s / %s: %s, %s%n", p.word(), p.other(), p.paradigm(), p.stem());
        }
        out.printf(
                Locale.ROOT,
                "Of the %,d, %,d (%s of the list) are merged with a word such that apertium-hin knows both "
                        + "(their lemmas certainly differ); the other %,d only with or as words it does not know, where a "
                        + "missing analysis may hide a common lemma.%n",
                h.merged(),
                h.mergedKnown(),
                Share.pct2(h.mergedKnown(), h.words()),
                h.merged() - h.mergedKnown());
        out.println("Through the hindi field (word = other word [common term] lemmas):");
        for (HunspellMerges.Merge m : h.hindiExamples()) {
            out.printf("  %s = %s  [%s]  %s / %s%n", m.word(), m.other(), m.term(), m.wordLemmas(), m.otherLemmas());
        }
        out.println("Through the loose field (word → other word [the word's query term the other indexes] lemmas):");
        for (HunspellMerges.Merge m : h.looseExamples()) {
            out.printf("  %s → %s  [%s]  %s / %s%n", m.word(), m.other(), m.term(), m.wordLemmas(), m.otherLemmas());
        }
        out.println();
    }

    private void writeMisses(Path file, Recall.Result all, Recall.Result indian) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("set\tenglish\tenglish_loose\tenglish_loose_query\tenglish_key\thindi\thindi_loose\thindi_loose_query"
                + "\thindi_key\tnearest\tname");
        for (Recall.Result r : List.of(all, indian)) {
            for (Recall.Miss m : r.misses()) {
                lines.add(String.join(
                        "\t",
                        r.label(),
                        m.pair().english(),
                        String.join(" ", m.english().loose()),
                        String.join(" ", m.english().looseQuery()),
                        String.join(" ", new TreeSet<>(m.english().key())),
                        m.pair().hindi(),
                        String.join(" ", m.hindi().loose()),
                        String.join(" ", m.hindi().looseQuery()),
                        String.join(" ", new TreeSet<>(m.hindi().key())),
                        Integer.toString(m.nearest()),
                        m.pair().name()));
            }
        }
        if (file.getParent() != null) {
            Files.createDirectories(file.getParent());
        }
        Files.write(file, lines, StandardCharsets.UTF_8);
    }
}
