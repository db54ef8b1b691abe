package de.thwien.dsr.admin.intake;

import java.net.URI;
import picocli.CommandLine.Option;

/** Where intake-service answers and who calls it: the owner (role admin) by default. */
public class IntakeLogin {

    @Option(names = "--url", defaultValue = "http://127.0.0.1:8081", paramLabel = "<base URL>",
            description = "intake-service's base URL (default: the local stack's, ${DEFAULT-VALUE})")
    URI url;

    @Option(names = "--user", defaultValue = "owner",
            description = "a dashboard user with role admin (default: ${DEFAULT-VALUE})")
    String user;

    @Option(names = "--password-stdin",
            description = "read the user's password from the first line of standard input instead of asking")
    boolean passwordFromStdin;
}
