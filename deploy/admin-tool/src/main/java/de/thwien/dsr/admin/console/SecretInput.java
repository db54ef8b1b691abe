package de.thwien.dsr.admin.console;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Where a password comes from: asked on the terminal without echo, or the first line of standard input when the
 * caller says so ({@code --stdin}, for scripts). Never an argument: arguments stay in the shell's history and in
 * every process list.
 */
public final class SecretInput {

    private final BufferedReader stdin;
    private final Console console;

    private SecretInput(Reader stdin, Console console) {
        this.stdin = new BufferedReader(stdin);
        this.console = console;
    }

    /** The process's terminal and standard input. */
    public static SecretInput ofProcess() {
        return new SecretInput(new InputStreamReader(System.in, StandardCharsets.UTF_8), System.console());
    }

    /** Standard input with the given text and no terminal (tests, pipes). */
    public static SecretInput fromStandardInput(String text) {
        return new SecretInput(new java.io.StringReader(text), null);
    }

    /**
     * @param fromStdin read the first line of standard input instead of asking
     * @param confirm   on the terminal, ask twice and refuse two different answers
     */
    public String read(String prompt, boolean fromStdin, boolean confirm) {
        String secret = fromStdin ? firstLine() : asked(prompt, confirm);
        if (secret.isEmpty()) {
            throw new ToolFailure("the password is empty");
        }
        return secret;
    }

    private String firstLine() {
        try {
            String line = stdin.readLine();
            if (line == null) {
                throw new ToolFailure("standard input is empty: pipe the password in, one line");
            }
            return line;
        } catch (IOException e) {
            throw new UncheckedIOException("standard input could not be read", e);
        }
    }

    private String asked(String prompt, boolean confirm) {
        if (console == null) {
            throw new ToolFailure("no terminal to ask for the password on: pipe it in with --stdin");
        }
        char[] first = console.readPassword("%s", prompt);
        if (first == null) {
            throw new ToolFailure("no password entered");
        }
        try {
            if (confirm) {
                char[] again = console.readPassword("%s", "Again: ");
                boolean same = Arrays.equals(first, again);
                if (again != null) {
                    Arrays.fill(again, ' ');
                }
                if (!same) {
                    throw new ToolFailure("the two passwords differ");
                }
            }
            return new String(first);
        } finally {
            Arrays.fill(first, ' ');
        }
    }
}
