package de.thwien.dsr.admin.config;

import de.thwien.dsr.admin.console.ToolFailure;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Environment variables as a deployment sets them, from a file in the form of Docker's {@code --env-file} and
 * systemd's {@code EnvironmentFile}: {@code NAME=value} per line, {@code #} comments, an optional {@code export},
 * the value optionally in single or double quotes.
 */
public final class EnvFile {

    private EnvFile() {
    }

    public static Map<String, String> read(Path file) {
        Map<String, String> variables = new LinkedHashMap<>();
        try {
            int number = 0;
            for (String raw : Files.readAllLines(file)) {
                number++;
                String line = raw.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                if (line.startsWith("export ")) {
                    line = line.substring("export ".length()).strip();
                }
                int equals = line.indexOf('=');
                if (equals < 1) {
                    // the line may hold a secret: name only its number
                    throw new ToolFailure(file + " line " + number + " is no NAME=value");
                }
                variables.put(line.substring(0, equals).strip(), unquoted(line.substring(equals + 1).strip()));
            }
        } catch (IOException e) {
            throw new ToolFailure(file + " cannot be read (" + e.getClass().getSimpleName() + ")");
        }
        return variables;
    }

    private static String unquoted(String value) {
        if (value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"")
                || value.startsWith("'") && value.endsWith("'"))) {
            return value.substring(1, value.length() - 1);
        }
        return value;
    }
}
