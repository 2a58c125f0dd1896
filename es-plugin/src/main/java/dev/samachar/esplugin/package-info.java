/**
 * Samachar's Elasticsearch analysis plugin, built on the stable plugin API (plugin-api, plugin-analysis-api).
 *
 * <p>Each component is one small public class annotated {@code @NamedComponent("name")} that implements
 * {@code TokenFilterFactory}, {@code TokenizerFactory}, {@code CharFilterFactory} or {@code AnalyzerFactory},
 * with exactly one public constructor: either none declared, or one annotated {@code @Inject} whose
 * parameters are interfaces annotated {@code @AnalysisSettings} (their methods carry {@code @StringSetting},
 * {@code @IntSetting}, {@code @ListSetting}... with the setting's path). Nothing else needs registering: the
 * build scans the classes and writes {@code named_components.json}
 * ({@link dev.samachar.esplugin.build.NamedComponentsGenerator}), and fails on a factory it cannot load.
 *
 * <p>Lucene comes from the server: lucene-core and lucene-analysis-common are both in its lib/ (even in the
 * minimal integ-test distribution) and visible to the plugin, so both are {@code provided}. The plugin zip
 * bundles samachar-analysis and ICU4J, never Lucene: a second copy would fail the install as jar hell.
 */
package dev.samachar.esplugin;
