package de.thwien.dsr.platform.health;

import java.io.BufferedReader;
import java.io.EOFException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Whether an SMTP server takes mail: it greets with 220 and answers EHLO with 250, then the connection is closed with
 * QUIT. No login and no mail: the cheapest question a mail server answers.
 */
public final class SmtpGreeting implements Probe {

    private final String host;
    private final int port;
    private final int timeoutMillis;

    public SmtpGreeting(String host, int port, Duration timeout) {
        this.host = host;
        this.port = port;
        this.timeoutMillis = (int) timeout.toMillis();
    }

    @Override
    public void check() throws Exception {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), timeoutMillis);
            socket.setSoTimeout(timeoutMillis);
            BufferedReader in = new BufferedReader(
                    new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
            Writer out = new OutputStreamWriter(socket.getOutputStream(), StandardCharsets.US_ASCII);
            expect(in, "220");
            out.write("EHLO dsr-health-check\r\n");
            out.flush();
            expect(in, "250");
            out.write("QUIT\r\n");
            out.flush();
        }
    }

    /** Reads one reply (its continuation lines {@code 250-…} included) and checks its code. */
    private static void expect(BufferedReader in, String code) throws Exception {
        String line;
        do {
            line = in.readLine();
            if (line == null) {
                throw new EOFException("SMTP server closed the connection");
            }
        } while (line.length() > 3 && line.charAt(3) == '-');
        if (!line.startsWith(code)) {
            // the code only: the rest of a server's line can name a host or an address
            throw new FailureReason.ReportableFailure("SMTP server answered "
                    + line.substring(0, Math.min(3, line.length())) + " instead of " + code);
        }
    }
}
