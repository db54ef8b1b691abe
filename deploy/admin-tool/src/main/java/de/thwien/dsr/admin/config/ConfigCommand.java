package de.thwien.dsr.admin.config;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** What a service would run with, secrets masked: for checking a deployment's environment before starting it. */
@Command(name = "config", mixinStandardHelpOptions = true,
        description = {"Prints the effective configuration of a service: its application.properties under a profile,"
                + " overridden by the variables of an env file, with the source of each value.",
                "Values of names containing password, secret, key or token are shown as " + EffectiveConfiguration.MASK
                        + "."})
public class ConfigCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "<application.properties>",
            description = "the service's file, e.g. intake-service/src/main/resources/application.properties")
    Path properties;

    @Option(names = "--env-file", paramLabel = "<file>",
            description = "environment variables as the deployment sets them (NAME=value per line)")
    Path envFile;

    @Option(names = "--profile", defaultValue = "prod",
            description = "the Quarkus profile (default: ${DEFAULT-VALUE}, as the packaged service runs)")
    String profile;

    @Override
    public void run() {
        Map<String, String> environment = envFile == null ? Map.of() : EnvFile.read(envFile);
        List<EffectiveConfiguration.Entry> entries = EffectiveConfiguration.of(properties, environment, profile);
        PrintWriter out = spec.commandLine().getOut();
        out.println("# " + properties + ", profile " + profile
                + (envFile == null ? "" : ", environment from " + envFile));
        entries.forEach(entry -> out.println(entry.line()));
    }
}
