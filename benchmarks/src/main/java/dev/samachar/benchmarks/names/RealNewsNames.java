package dev.samachar.benchmarks.names;

import java.util.List;

/**
 * The names {@link RealNewsSearchEval} searches for, each with its spellings in both scripts, written
 * by hand for this benchmark (our own data: no text of the corpus is copied here). Chosen because they
 * occur in the target-language half of realnews-dev (Hindi: Covid-19 news of 2020 from Amar Ujala and
 * Prabhat Khabar; English: BBC business and tech news of 2004–2005), plus the hard cases where a loose,
 * romanised comparison meets a different word: Agarwal / आगरा, सिंह / saying, seen, शर्मा / same, share,
 * वुहान / when, केरल / care, ईरान / Iraq, अमेरिका / Africa. A few probes (शर्मा, वुहान, केरल in English)
 * have no relevant article at all in the English half: every hit there is a false positive.
 *
 * <p>A name is searched in the script of {@link RealNewsName#query()} and judged in the other one:
 * Latin queries run with {@code --lang hi} against the Devanagari spellings, Devanagari queries with
 * {@code --lang en} against the Latin spellings. The query's own script's spellings serve the
 * same-script sanity check (the query in its own language).
 */
public final class RealNewsNames {

    /**
     * @param query      what is typed after {@code samachar search}
     * @param latin      the English spellings (judge of English articles)
     * @param devanagari the Hindi spellings (judge of Hindi articles)
     * @param note       why it is in the list when it is a hard case, else empty
     */
    public record RealNewsName(String query, List<String> latin, List<String> devanagari, String note) {

        public RealNewsName {
            latin = List.copyOf(latin);
            devanagari = List.copyOf(devanagari);
        }

        /** Latin query searched in Hindi articles, or the reverse. */
        public boolean latinQuery() {
            return !RealNewsJudge.isDevanagari(query);
        }

        /** The language the query is judged in: the other script's. */
        public String targetLang() {
            return latinQuery() ? "hi" : "en";
        }

        public String sourceLang() {
            return latinQuery() ? "en" : "hi";
        }

        public String direction() {
            return latinQuery() ? "Latin → Hindi" : "Devanagari → English";
        }

        public List<String> targetSpellings() {
            return latinQuery() ? devanagari : latin;
        }

        public List<String> sourceSpellings() {
            return latinQuery() ? latin : devanagari;
        }
    }

    private RealNewsNames() {}

    private static RealNewsName n(String query, String latin, String devanagari, String note) {
        return new RealNewsName(query, List.of(latin.split("\\|")), List.of(devanagari.split("\\|")), note);
    }

    private static RealNewsName n(String query, String latin, String devanagari) {
        return n(query, latin, devanagari, "");
    }

    /** The list, Latin → Hindi first. */
    public static List<RealNewsName> all() {
        return List.of(
                // Latin → Hindi: searched with --lang hi, judged on the Hindi spellings.
                n("Kerala", "Kerala", "केरल", "hard case"),
                n("Japan", "Japan", "जापान", "hard case"),
                n("Wuhan", "Wuhan", "वुहान", "hard case"),
                n("Patna", "Patna", "पटना", "hard case"),
                n("China", "China", "चीन|चाइना", "hard case"),
                n("Agarwal", "Agarwal", "अग्रवाल", "false friend आगरा (Agra)"),
                n("Lucknow", "Lucknow", "लखनऊ"),
                n("Delhi", "Delhi", "दिल्ली"),
                n("Mumbai", "Mumbai|Bombay", "मुंबई|मुम्बई|बंबई|बम्बई", "the city's old name counts"),
                n("Bihar", "Bihar", "बिहार"),
                n("Punjab", "Punjab", "पंजाब"),
                n("Goa", "Goa", "गोवा"),
                n("Agra", "Agra", "आगरा", "false friend अग्रवाल (Agarwal)"),
                n("Italy", "Italy", "इटली"),
                n("Iran", "Iran", "ईरान|इरान", "false friend इराक (Iraq)"),
                n("America", "America", "अमेरिका|अमरीका"),
                n("Singh", "Singh", "सिंह"),
                n("Sharma", "Sharma", "शर्मा"),
                n("Trump", "Trump", "ट्रंप|ट्रम्प"),
                n("Modi", "Modi", "मोदी"),
                n("Ranchi", "Ranchi", "रांची"),
                n("Britain", "Britain", "ब्रिटेन"),
                n("Spain", "Spain", "स्पेन"),
                n("Kejriwal", "Kejriwal", "केजरीवाल"),
                n("Indore", "Indore", "इंदौर"),
                // Devanagari → English: searched with --lang en, judged on the English spellings.
                n("चीन", "China", "चीन|चाइना"),
                n("जापान", "Japan", "जापान"),
                n("इटली", "Italy", "इटली"),
                n("ईरान", "Iran", "ईरान|इरान", "false friend Iraq"),
                n("अमेरिका", "America", "अमेरिका|अमरीका", "false friend Africa"),
                n("सिंह", "Singh", "सिंह", "false friends saying, seen"),
                n("शर्मा", "Sharma", "शर्मा", "false friends same, share; no Sharma in the English half"),
                n("वुहान", "Wuhan", "वुहान", "false friend when; no Wuhan in the English half"),
                n("केरल", "Kerala", "केरल", "false friend care; no Kerala in the English half"),
                n("रूस", "Russia", "रूस"),
                n("जर्मनी", "Germany", "जर्मनी"),
                n("फ्रांस", "France", "फ्रांस|फ्रान्स"),
                n("ब्रिटेन", "Britain", "ब्रिटेन"),
                n("लंदन", "London", "लंदन|लन्दन"),
                n("बीजिंग", "Beijing", "बीजिंग"),
                n("इराक", "Iraq", "इराक|ईराक", "false friend Iran"),
                n("अफ्रीका", "Africa", "अफ्रीका", "false friend America"),
                n("दिल्ली", "Delhi", "दिल्ली"),
                n("मुंबई", "Mumbai|Bombay", "मुंबई|मुम्बई|बंबई|बम्बई", "the city's old name counts"),
                n("टोक्यो", "Tokyo", "टोक्यो|तोक्यो"),
                n("पुतिन", "Putin", "पुतिन"),
                n("माइक्रोसॉफ्ट", "Microsoft", "माइक्रोसॉफ्ट"),
                n("सोनी", "Sony", "सोनी"),
                n("पेरिस", "Paris", "पेरिस"),
                n("स्पेन", "Spain", "स्पेन"));
    }
}
