package de.thwien.dsr.admin.erasure;

import com.fasterxml.jackson.databind.JsonNode;
import de.thwien.dsr.admin.console.SecretInput;
import java.io.PrintWriter;
import java.net.URI;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The restore check after a backup was restored: erasure-service looks in every store for records its erasure ledger
 * says were erased or restricted, erases or restricts the ones that are back again with proof on their cases, and
 * answers with its report, printed here per store. {@code --last} prints the last run's report without running.
 */
@Command(name = "restore-check", mixinStandardHelpOptions = true,
        description = {"Runs erasure-service's restore check now (after restoring the mail server, the CRM or the"
                + " conference server from a backup) and prints its report: how many records the restore brought"
                + " back were erased or restricted again, per store. --last prints the last run's report."})
public class RestoreCheckCommand implements Runnable {

    private final SecretInput input;

    @Spec
    CommandSpec spec;

    @Option(names = "--url", defaultValue = "http://127.0.0.1:8083", paramLabel = "<base URL>",
            description = "erasure-service's base URL (default: the local stack's, ${DEFAULT-VALUE})")
    URI url;

    @Option(names = "--user", defaultValue = "owner",
            description = "a user with role admin or assistant (default: ${DEFAULT-VALUE})")
    String user;

    @Option(names = "--password-stdin",
            description = "read the user's password from the first line of standard input instead of asking")
    boolean passwordFromStdin;

    @Option(names = "--last", description = "print the last run's report instead of running the check")
    boolean last;

    public RestoreCheckCommand(SecretInput input) {
        this.input = input;
    }

    @Override
    public void run() {
        String password = input.read("Password of " + user + ": ", passwordFromStdin, false);
        ErasureApi api = new ErasureApi(url, user, password);
        PrintWriter out = spec.commandLine().getOut();
        if (!last) {
            print(api.runRestoreCheck(), out);
            return;
        }
        api.lastRestoreCheck().ifPresentOrElse(report -> print(report, out),
                () -> out.println("no restore check has run yet (run one with: restore-check)"));
    }

    private static void print(JsonNode report, PrintWriter out) {
        out.printf("restore check #%s (%s), %s to %s: %s ledger entries checked%n", text(report, "id"),
                text(report, "trigger"), text(report, "startedAt"), text(report, "finishedAt"),
                text(report, "ledgerEntries"));
        int again = report.path("reErased").asInt() + report.path("reRestricted").asInt()
                + report.path("failed").asInt();
        if (again == 0) {
            out.println("nothing restored: no erased or restricted record is back");
        }
        out.printf("erased again: %d, restricted again: %d, failed: %d%n", report.path("reErased").asInt(),
                report.path("reRestricted").asInt(), report.path("failed").asInt());
        for (JsonNode count : report.path("counts")) {
            out.printf("  %-10s %-10s %s%n", text(count, "store"), text(count, "action"), text(count, "count"));
        }
        for (JsonNode store : report.path("unavailableStores")) {
            out.printf("not checked (unreachable): %s%n", store.asText());
        }
        for (JsonNode done : report.path("reapplied")) {
            out.printf("  case %s item %s  %s %s  %s: %s%n", text(done, "caseId"), text(done, "itemId"),
                    text(done, "store"), text(done, "action"), done.path("succeeded").asBoolean() ? "done" : "FAILED",
                    text(done, "proof"));
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? "-" : value.asText();
    }
}
