package de.thwien.dsr.admin;

import de.thwien.dsr.admin.config.ConfigCommand;
import de.thwien.dsr.admin.console.SecretInput;
import de.thwien.dsr.admin.console.ToolFailure;
import de.thwien.dsr.admin.erasure.RestoreCheckCommand;
import de.thwien.dsr.admin.hops.CaseHopsCommand;
import de.thwien.dsr.admin.intake.DeadLetterCommand;
import de.thwien.dsr.admin.intake.RotateMasterKeyCommand;
import de.thwien.dsr.admin.keys.GenerateKeyCommand;
import de.thwien.dsr.admin.passwords.HashPasswordCommand;
import java.lang.reflect.Constructor;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The owner's admin tool: {@code java -jar deploy/admin-tool/target/admin-tool.jar --help}. */
@Command(name = "dsr-admin", mixinStandardHelpOptions = true, version = "dsr-admin 0.1.0",
        description = "The owner's tools for the DSR services (README, \"Admin tool\").",
        subcommands = {HashPasswordCommand.class, GenerateKeyCommand.class, CaseHopsCommand.class,
                DeadLetterCommand.class, RotateMasterKeyCommand.class, RestoreCheckCommand.class, ConfigCommand.class})
public class AdminTool {

    public static void main(String[] args) {
        quietLogging();
        System.exit(commandLine(SecretInput.ofProcess()).execute(args));
    }

    /** The tool with its subcommands, asking for passwords through {@code input}. */
    public static CommandLine commandLine(SecretInput input) {
        CommandLine commandLine = new CommandLine(new AdminTool(), new Factory(input));
        commandLine.setExecutionExceptionHandler((failure, failed, parsed) -> {
            if (failure instanceof ToolFailure) {
                failed.getErr().println("dsr-admin: " + failure.getMessage());
                return 1;
            }
            throw failure;
        });
        return commandLine;
    }

    /**
     * The Kafka client logs through SLF4J into JBoss LogManager (what quarkus-core brings): set it up before the first
     * logger, and keep the client's connection chatter off the terminal; the commands report failures themselves.
     */
    private static void quietLogging() {
        System.setProperty("java.util.logging.manager", "org.jboss.logmanager.LogManager");
        java.util.logging.Logger.getLogger("").setLevel(java.util.logging.Level.WARNING);
        java.util.logging.Logger.getLogger("org.apache.kafka").setLevel(java.util.logging.Level.OFF);
    }

    /** Hands the password input to the commands that take one in their constructor. */
    private record Factory(SecretInput input) implements CommandLine.IFactory {

        @Override
        public <K> K create(Class<K> type) throws Exception {
            for (Constructor<?> constructor : type.getDeclaredConstructors()) {
                if (constructor.getParameterCount() == 1 && constructor.getParameterTypes()[0] == SecretInput.class) {
                    constructor.setAccessible(true);
                    return type.cast(constructor.newInstance(input));
                }
            }
            return CommandLine.defaultFactory().create(type);
        }
    }
}
