package dev.samachar.cli;

import dev.samachar.state.FailureReport;
import dev.samachar.state.IndexState;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(
        name = "failures",
        mixinStandardHelpOptions = true,
        description = {
            "List the files (and .jsonl lines) that are not in the index, with the stage that failed, "
                    + "the reason and when: $SAMACHAR_HOME/state/<alias>/failures.jsonl.",
            "An entry stays until a later `samachar index` indexes the file; `samachar index --retry-failures` "
                    + "reads them all again. Exit code 0 when the list is empty, 1 otherwise."
        })
final class FailuresCommand implements Callable<Integer> {

    @ParentCommand
    SamacharCli root;

    @Mixin
    OutputOptions output;

    @Option(
            names = "--alias",
            paramLabel = "NAME",
            defaultValue = "samachar",
            description = "Index alias whose failures to list (default: ${DEFAULT-VALUE}).")
    String alias;

    @Override
    public Integer call() {
        FailureReport report = FailureReport.load(IndexState.directory(root.settings.home(), alias));
        List<FailureReport.Entry> entries = report.entries();
        if (output.json) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("alias", alias);
            json.put("report", report.location().toString());
            json.put("count", entries.size());
            List<Map<String, String>> list = new ArrayList<>();
            for (FailureReport.Entry e : entries) {
                Map<String, String> item = new LinkedHashMap<>();
                item.put("file", e.file());
                item.put("stage", e.stage());
                item.put("reason", e.reason());
                item.put("time", e.time());
                list.add(item);
            }
            json.put("failures", list);
            Json.print(root.out, json);
        } else if (entries.isEmpty()) {
            root.out.println("No failures recorded for " + alias + ".");
        } else {
            for (FailureReport.Entry e : entries) {
                root.out.println(e.file() + "\t" + e.stage() + "\t" + e.reason() + "\t" + e.time());
            }
            root.out.println(entries.size() + " not indexed (" + report.location()
                    + "); `samachar index --retry-failures` reads them again.");
        }
        return entries.isEmpty() ? ExitCodes.OK : ExitCodes.PARTIAL;
    }
}
