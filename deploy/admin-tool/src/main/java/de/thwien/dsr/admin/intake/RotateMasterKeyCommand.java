package de.thwien.dsr.admin.intake;

import com.fasterxml.jackson.databind.JsonNode;
import de.thwien.dsr.admin.console.SecretInput;
import de.thwien.dsr.admin.console.ToolFailure;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Step 2 of a master-key rotation (README, "Crypto-shredding") through intake-service's keyring endpoint. */
@Command(name = "rotate-master-key", mixinStandardHelpOptions = true,
        description = {"Re-wraps every keyring key under the current master key (POST /api/admin/keyring/rotate),"
                + " after all services were deployed with the new DSR_KEYRING_MASTER_KEY and the old one in"
                + " DSR_KEYRING_PREVIOUS_MASTER_KEYS. Safe to stop and run again; prints the keys per master key id"
                + " afterwards (no key material)."})
public class RotateMasterKeyCommand implements Runnable {

    private final SecretInput input;

    @Spec
    CommandSpec spec;

    @Mixin
    IntakeLogin login;

    @Option(names = "--batches", paramLabel = "<n>",
            description = "stop after n batches of 500 keys (default: all)")
    Integer batches;

    @Option(names = "--status", description = "only show the keys per master key id; rotate nothing")
    boolean statusOnly;

    public RotateMasterKeyCommand(SecretInput input) {
        this.input = input;
    }

    @Override
    public void run() {
        if (batches != null && batches < 1) {
            throw new ToolFailure("--batches must be 1 or more");
        }
        IntakeApi api = DeadLetterCommand.api(input, login);
        PrintWriter out = spec.commandLine().getOut();
        if (!statusOnly) {
            JsonNode result = api.rotateMasterKey(batches);
            out.printf("re-wrapped %d, unopenable %d, remaining %d%n", result.path("rewrapped").asLong(),
                    result.path("unopenable").asLong(), result.path("remaining").asLong());
            if (result.path("remaining").asLong() > 0) {
                out.println("keys remain: run rotate-master-key again until remaining is 0");
            }
        }
        JsonNode status = api.keyringStatus();
        out.println("current master key " + status.path("currentKeyId").asText() + ", previous "
                + status.path("previousKeyIds"));
        for (JsonNode count : status.path("wrappedKeys")) {
            out.printf("  %s (%s): %d key(s)%n", count.path("masterKeyId").asText("-"),
                    count.path("masterKey").asText(), count.path("keys").asLong());
        }
        out.println("  shredded: " + status.path("shredded").asLong() + ", remaining: "
                + status.path("remaining").asLong());
    }
}
