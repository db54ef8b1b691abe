package de.thwien.dsr.admin.passwords;

import de.thwien.dsr.admin.console.SecretInput;
import de.thwien.dsr.admin.console.ToolFailure;
import io.quarkus.elytron.security.common.BcryptUtil;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The bcrypt hash of a dashboard user's password, made by the same code the services check logins with
 * ({@code BcryptUtil}, platform.security's {@code ConfiguredUserIdentityProvider}).
 */
@Command(name = "hash-password", mixinStandardHelpOptions = true,
        description = {"Prints the bcrypt hash of a password for dsr.auth.users.<name>.password-hash.",
                "The password is asked twice on the terminal (not echoed), or read from the first line of standard"
                        + " input with --stdin; never give it as an argument."})
public class HashPasswordCommand implements Callable<Integer> {

    private static final int MIN_COST = 4;
    private static final int MAX_COST = 31;

    private final SecretInput input;

    @Spec
    CommandSpec spec;

    @Option(names = "--stdin", description = "read the password from the first line of standard input")
    boolean fromStdin;

    @Option(names = "--cost", defaultValue = "12", paramLabel = "<log2 rounds>",
            description = "bcrypt cost, " + MIN_COST + " to " + MAX_COST + " (default: ${DEFAULT-VALUE})")
    int cost;

    public HashPasswordCommand(SecretInput input) {
        this.input = input;
    }

    @Override
    public Integer call() {
        if (cost < MIN_COST || cost > MAX_COST) {
            throw new ToolFailure("--cost must be " + MIN_COST + " to " + MAX_COST);
        }
        String password = input.read("Password: ", fromStdin, true);
        spec.commandLine().getOut().println(BcryptUtil.bcryptHash(password, cost));
        spec.commandLine().getErr().println("Set it as dsr.auth.users.<name>.password-hash with"
                + " dsr.auth.users.<name>.roles (assistant or admin).");
        return 0;
    }
}
