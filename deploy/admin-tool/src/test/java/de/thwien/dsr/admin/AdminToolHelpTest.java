package de.thwien.dsr.admin;

import static org.assertj.core.api.Assertions.assertThat;

import de.thwien.dsr.admin.console.SecretInput;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Every command of the tool explains itself with --help. */
class AdminToolHelpTest {

    @Test
    void everyCommandAndSubcommandAnswersHelpWithItsUsage() {
        List<List<String>> paths = new ArrayList<>();
        collect(AdminTool.commandLine(SecretInput.fromStandardInput("")), new ArrayList<>(), paths);

        assertThat(paths).extracting(path -> String.join(" ", path)).contains("", "hash-password",
                "generate-key master", "generate-key access-package", "case-hops", "dlq list", "dlq replay",
                "rotate-master-key", "restore-check", "config");
        for (List<String> path : paths) {
            List<String> args = new ArrayList<>(path);
            args.add("--help");
            ToolRun run = ToolRun.of(args.toArray(String[]::new));
            assertThat(run.exitCode()).as(String.join(" ", args)).isZero();
            assertThat(run.out()).as(String.join(" ", args))
                    .startsWith("Usage: dsr-admin" + (path.isEmpty() ? "" : " " + String.join(" ", path)));
        }
    }

    @Test
    void anUnknownCommandIsRefusedWithTheUsage() {
        ToolRun run = ToolRun.of("restore-chek");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Unmatched argument", "Did you mean");
    }

    private static void collect(CommandLine command, List<String> path, List<List<String>> paths) {
        paths.add(path);
        command.getSubcommands().forEach((name, sub) -> {
            if (!name.equals("help")) {
                List<String> deeper = new ArrayList<>(path);
                deeper.add(name);
                collect(sub, deeper, paths);
            }
        });
    }
}
