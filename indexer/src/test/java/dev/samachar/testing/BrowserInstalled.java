package dev.samachar.testing;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Skips a browser test, with the reason, where Chromium, chromedriver or a Devanagari font is
 * missing: tests install nothing (scripts/test does, before Maven runs).
 */
public final class BrowserInstalled implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        return Browser.missingDependencies()
                .map(reason -> {
                    // Surefire's console shows only a count of skipped tests; the reason belongs in the log too.
                    System.err.println(context.getDisplayName() + " skipped: " + reason);
                    return ConditionEvaluationResult.disabled("skipped: " + reason);
                })
                .orElseGet(
                        () -> ConditionEvaluationResult.enabled("Chromium, chromedriver and a Devanagari font found"));
    }
}
