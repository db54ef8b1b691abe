package de.thwien.dsr.admin;

import de.thwien.dsr.admin.console.SecretInput;
import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** One run of the admin tool as a user runs it: arguments, standard input, and what it printed. */
public record ToolRun(int exitCode, String out, String err) {

    public static ToolRun of(String... args) {
        return withStdin("", args);
    }

    public static ToolRun withStdin(String stdin, String... args) {
        CommandLine tool = AdminTool.commandLine(SecretInput.fromStandardInput(stdin));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        tool.setOut(new PrintWriter(out, true));
        tool.setErr(new PrintWriter(err, true));
        int exitCode = tool.execute(args);
        return new ToolRun(exitCode, out.toString(), err.toString());
    }
}
