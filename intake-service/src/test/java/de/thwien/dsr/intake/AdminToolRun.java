package de.thwien.dsr.intake;

import de.thwien.dsr.admin.AdminTool;
import de.thwien.dsr.admin.console.SecretInput;
import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** The owner's admin tool run against this service, the password piped in as a script would. */
public record AdminToolRun(int exitCode, String out, String err) {

    public static AdminToolRun withPassword(String password, String... args) {
        CommandLine tool = AdminTool.commandLine(SecretInput.fromStandardInput(password + "\n"));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        tool.setOut(new PrintWriter(out, true));
        tool.setErr(new PrintWriter(err, true));
        int exitCode = tool.execute(args);
        return new AdminToolRun(exitCode, out.toString(), err.toString());
    }
}
