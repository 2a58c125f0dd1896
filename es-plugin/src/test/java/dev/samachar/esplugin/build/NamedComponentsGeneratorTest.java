package dev.samachar.esplugin.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.samachar.esplugin.LookupFoldFilterFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.elasticsearch.plugin.Inject;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.AnalyzerFactory;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;
import org.elasticsearch.plugin.settings.AnalysisSettings;
import org.elasticsearch.plugin.settings.StringSetting;
import org.junit.jupiter.api.Test;

class NamedComponentsGeneratorTest {

    private static final String TOKEN_FILTER = "org.elasticsearch.plugin.analysis.TokenFilterFactory";
    private static final String ANALYZER = "org.elasticsearch.plugin.analysis.AnalyzerFactory";

    /** Every component the plugin ships. Adding a factory means adding it here too. */
    private static final Map<String, Map<String, String>> EXPECTED = Map.of(
            TOKEN_FILTER,
                    Map.of(
                            "samachar_fold", "dev.samachar.esplugin.LookupFoldFilterFactory",
                            "samachar_nfc", "dev.samachar.esplugin.NfcFilterFactory",
                            "samachar_hindi_normalization", "dev.samachar.esplugin.HindiNormalizationFilterFactory",
                            "samachar_hindi_stem", "dev.samachar.esplugin.HindiLightStemFilterFactory",
                            "samachar_romanise", "dev.samachar.esplugin.RomanisationFilterFactory",
                            "samachar_loose_latin", "dev.samachar.esplugin.LooseLatinFilterFactory",
                            "samachar_exonym", "dev.samachar.esplugin.ExonymFilterFactory",
                            "samachar_name_key", "dev.samachar.esplugin.NameKeyFilterFactory"),
            ANALYZER,
                    Map.of(
                            "samachar_folded", "dev.samachar.esplugin.FoldedAnalyzerFactory",
                            "samachar_exact", "dev.samachar.esplugin.ExactAnalyzerFactory",
                            "samachar_hindi", "dev.samachar.esplugin.HindiAnalyzerFactory",
                            "samachar_loose", "dev.samachar.esplugin.LooseAnalyzerFactory",
                            "samachar_loose_query", "dev.samachar.esplugin.LooseQueryAnalyzerFactory",
                            "samachar_key", "dev.samachar.esplugin.KeyAnalyzerFactory"));

    @Test
    void thePluginClassesDeclareExactlyTheExpectedComponents() throws Exception {
        Path classes = mainClasses();
        assertEquals(
                EXPECTED,
                NamedComponentsGenerator.components(
                        NamedComponentsGenerator.loadAll(classes, getClass().getClassLoader())));
    }

    /** The file the build generated (process-classes, before the tests) is what goes into the zip. */
    @Test
    void theGeneratedFileListsExactlyTheAnnotatedClasses() throws Exception {
        Path generated = Path.of(System.getProperty("samachar.plugin.work", "target/plugin"), "named_components.json");
        assertTrue(Files.isRegularFile(generated), generated + " was not generated");
        Map<String, Map<String, String>> fromFile =
                new ObjectMapper().readValue(generated.toFile(), new TypeReference<>() {});
        assertEquals(EXPECTED, fromFile);
        assertEquals(
                NamedComponentsGenerator.toJson(NamedComponentsGenerator.components(NamedComponentsGenerator.loadAll(
                        mainClasses(), getClass().getClassLoader()))),
                Files.readString(generated),
                "the file is exactly what a scan of the classes gives");
    }

    @Test
    void classNamesCoverNestedClassesAndSkipInfoFiles() throws Exception {
        List<String> names = NamedComponentsGenerator.classNames(mainClasses());
        assertTrue(names.contains("dev.samachar.esplugin.FoldedAnalyzerFactory$FoldedAnalyzer"), names.toString());
        assertTrue(names.stream().noneMatch(n -> n.endsWith("package-info")), names.toString());
    }

    @Test
    void jsonIsSortedAndParseable() throws Exception {
        String json = NamedComponentsGenerator.toJson(
                NamedComponentsGenerator.components(List.of(Fold.class, Analyzers.class, Injected.class)));
        assertTrue(json.indexOf(ANALYZER) < json.indexOf(TOKEN_FILTER), json);
        Map<String, Map<String, String>> parsed = new ObjectMapper().readValue(json, new TypeReference<>() {});
        assertEquals(
                Map.of(
                        TOKEN_FILTER, Map.of("fold", Fold.class.getName(), "injected", Injected.class.getName()),
                        ANALYZER, Map.of("analyzers", Analyzers.class.getName())),
                parsed);
    }

    @Test
    void acceptsAnInjectConstructorTakingAnalysisSettings() {
        assertEquals(
                Map.of(TOKEN_FILTER, Map.of("injected", Injected.class.getName())),
                NamedComponentsGenerator.components(List.of(Injected.class)));
    }

    @Test
    void rejectsWhatElasticsearchCouldNotInstantiate() {
        String message = assertThrows(
                        IllegalStateException.class,
                        () -> NamedComponentsGenerator.components(
                                List.of(TwoConstructors.class, NotInjected.class, NotExtensible.class, Hidden.class)))
                .getMessage();
        assertTrue(
                message.contains(TwoConstructors.class.getName() + ": Elasticsearch needs exactly one public"
                        + " constructor, found 2"),
                message);
        assertTrue(
                message.contains(NotInjected.class.getName() + ": a public constructor with parameters must be"
                        + " annotated @Inject"),
                message);
        assertTrue(
                message.contains(NotInjected.class.getName() + ": constructor parameter java.lang.String must be"
                        + " an interface annotated @AnalysisSettings"),
                message);
        assertTrue(
                message.contains(NotExtensible.class.getName() + ": a named component implements exactly one"
                        + " extensible interface"),
                message);
        assertTrue(message.contains(Hidden.class.getName() + ": a named component must be a public"), message);
    }

    @Test
    void rejectsDuplicateNamesAndForgottenAnnotations() {
        String message = assertThrows(
                        IllegalStateException.class,
                        () -> NamedComponentsGenerator.components(List.of(Fold.class, AlsoFold.class, Forgotten.class)))
                .getMessage();
        assertTrue(message.contains("Two " + TOKEN_FILTER + " components are named \"fold\""), message);
        assertTrue(
                message.contains(
                        Forgotten.class.getName() + " implements " + TOKEN_FILTER + " but has no @NamedComponent"),
                message);
    }

    @Test
    void abstractBasesNeedNoAnnotation() {
        assertEquals(Map.of(), NamedComponentsGenerator.components(List.of(AbstractBase.class)));
    }

    @Test
    void mainWritesTheFile(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path out = dir.resolve("sub/named_components.json");
        NamedComponentsGenerator.main(new String[] {mainClasses().toString(), out.toString()});
        assertEquals(
                EXPECTED,
                new ObjectMapper().readValue(out.toFile(), new TypeReference<Map<String, Map<String, String>>>() {}));
    }

    private static Path mainClasses() throws Exception {
        return Path.of(LookupFoldFilterFactory.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
    }

    // Fixtures.

    abstract static class PassThrough implements TokenFilterFactory {
        @Override
        public TokenStream create(TokenStream tokenStream) {
            return tokenStream;
        }
    }

    @NamedComponent("fold")
    public static final class Fold extends PassThrough {}

    @NamedComponent("fold")
    public static final class AlsoFold extends PassThrough {}

    public static final class Forgotten extends PassThrough {}

    public abstract static class AbstractBase extends PassThrough {}

    @NamedComponent("analyzers")
    public static final class Analyzers implements AnalyzerFactory {
        @Override
        public Analyzer create() {
            return null;
        }
    }

    @AnalysisSettings
    public interface FoldSettings {
        @StringSetting(path = "mode", defaultValue = "lookup")
        String mode();
    }

    @NamedComponent("injected")
    public static final class Injected extends PassThrough {
        @Inject
        public Injected(FoldSettings settings) {}
    }

    @NamedComponent("two")
    public static final class TwoConstructors extends PassThrough {
        public TwoConstructors() {}

        public TwoConstructors(FoldSettings settings) {}
    }

    @NamedComponent("not_injected")
    public static final class NotInjected extends PassThrough {
        public NotInjected(String mode) {}
    }

    @NamedComponent("not_extensible")
    public static final class NotExtensible {}

    @NamedComponent("hidden")
    static final class Hidden extends PassThrough {}
}
