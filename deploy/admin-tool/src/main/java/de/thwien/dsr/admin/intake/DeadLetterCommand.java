package de.thwien.dsr.admin.intake;

import com.fasterxml.jackson.databind.JsonNode;
import de.thwien.dsr.admin.console.SecretInput;
import de.thwien.dsr.admin.console.ToolFailure;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Dead letters through intake-service, which records each one once: listing them, and replaying one by its place on
 * the dead-letter topic. intake publishes it again to its original topic with key and headers as they were, addressed
 * to the consumer group (service) that failed so that the topic's other consumers skip it, and marks it replayed in
 * the same step, so a second replay is refused (409) instead of publishing twice.
 */
@Command(name = "dlq", mixinStandardHelpOptions = true,
        description = "Dead letters recorded by intake-service (README, \"Dead letters\").",
        subcommands = {DeadLetterCommand.ListLetters.class, DeadLetterCommand.Replay.class})
public class DeadLetterCommand {

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = {"Lists dead letters, newest first (at most 500): id, status, dead-letter topic@offset,"
                    + " original topic, the consumer group (service) that failed, case, event type, time, reason."})
    public static class ListLetters implements Runnable {

        private final SecretInput input;

        @Spec
        CommandSpec spec;

        @Mixin
        IntakeLogin login;

        @Option(names = "--status", defaultValue = "OPEN", paramLabel = "<OPEN|REPLAYED|HANDLED|ALL>",
                description = "which dead letters (default: ${DEFAULT-VALUE})")
        String status;

        public ListLetters(SecretInput input) {
            this.input = input;
        }

        @Override
        public void run() {
            String filter = status.trim().toUpperCase(java.util.Locale.ROOT);
            if (!List.of("OPEN", "REPLAYED", "HANDLED", "ALL").contains(filter)) {
                throw new ToolFailure("--status must be OPEN, REPLAYED, HANDLED or ALL");
            }
            List<JsonNode> letters = api(input, login).deadLetters("ALL".equals(filter) ? null : filter);
            PrintWriter out = spec.commandLine().getOut();
            out.println(letters.size() + " dead letter(s), status " + filter);
            for (JsonNode letter : letters) {
                out.printf("#%s  %s  %s@%s  from %s  for %s  case %s  %s  %s  %s%n", text(letter, "id"),
                        text(letter, "status"), text(letter, "dlqTopic"), text(letter, "dlqOffset"),
                        text(letter, "originalTopic"), consumer(letter), text(letter, "caseId"),
                        text(letter, "eventType"),
                        text(letter, "deadLetteredAt"), text(letter, "reason"));
            }
        }
    }

    @Command(name = "replay", mixinStandardHelpOptions = true,
            description = {"Replays the open dead letter at <topic> <offset> (as dlq list shows them) through"
                    + " intake-service: published again to its original topic with its key and headers, addressed to"
                    + " the consumer group that failed (the topic's other consumers skip it); that consumer skips an"
                    + " event it had applied already by its id. Once only."})
    public static class Replay implements Runnable {

        private final SecretInput input;

        @Spec
        CommandSpec spec;

        @Mixin
        IntakeLogin login;

        @Parameters(index = "0", paramLabel = "<topic>", description = "the dead-letter topic, e.g. dsr.cases.dlq")
        String topic;

        @Parameters(index = "1", paramLabel = "<offset>", description = "the record's offset on it")
        long offset;

        @Option(names = "--partition", paramLabel = "<n>",
                description = "the partition, needed only when the topic has several")
        Integer partition;

        public Replay(SecretInput input) {
            this.input = input;
        }

        @Override
        public void run() {
            IntakeApi api = api(input, login);
            List<JsonNode> matching = api.deadLetters("OPEN").stream()
                    .filter(letter -> topic.trim().equals(letter.path("dlqTopic").asText()))
                    .filter(letter -> letter.path("dlqOffset").asLong(-1) == offset)
                    .filter(letter -> partition == null || letter.path("dlqPartition").asInt(-1) == partition)
                    .toList();
            if (matching.isEmpty()) {
                throw new ToolFailure("no open dead letter at " + topic.trim() + "@" + offset
                        + " (dlq list --status ALL shows the resolved ones)");
            }
            if (matching.size() > 1) {
                throw new ToolFailure("open dead letters at " + topic.trim() + "@" + offset
                        + " on several partitions: name one with --partition");
            }
            JsonNode replayed = api.replay(matching.get(0).path("id").asLong());
            spec.commandLine().getOut().printf("dead letter #%s (%s@%d) replayed to %s for %s: status %s%n",
                    text(replayed, "id"), topic.trim(), offset, text(replayed, "originalTopic"), consumer(replayed),
                    text(replayed, "status"));
        }
    }

    static IntakeApi api(SecretInput input, IntakeLogin login) {
        String password = input.read("Password of " + login.user + ": ", login.passwordFromStdin, false);
        return new IntakeApi(login.url, login.user, password);
    }

    /** Whom the dead letter is for: the consumer group that failed, or every consumer when it names none. */
    private static String consumer(JsonNode letter) {
        String group = text(letter, "consumerGroup");
        return "-".equals(group) ? "every consumer" : group;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? "-" : value.asText();
    }
}
