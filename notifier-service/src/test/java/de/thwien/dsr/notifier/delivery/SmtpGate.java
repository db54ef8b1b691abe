package de.thwien.dsr.notifier.delivery;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An SMTP "outage" that is deterministic: the next N connections are refused with a 421 greeting
 * (the SMTP way of saying "temporarily down"), every later one is passed through to the real server.
 * The notifier's mailer points here instead of at GreenMail.
 */
public final class SmtpGate implements AutoCloseable {

    private final ServerSocket server;
    private final AtomicInteger refusalsLeft = new AtomicInteger();
    private final AtomicInteger refused = new AtomicInteger();
    private final AtomicInteger passed = new AtomicInteger();
    private volatile String targetHost;
    private volatile int targetPort;

    public SmtpGate() throws IOException {
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(this::acceptLoop, "smtp-gate");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    public int port() {
        return server.getLocalPort();
    }

    /** Where connections go once no refusals are left. */
    public void forwardTo(String host, int port) {
        this.targetHost = host;
        this.targetPort = port;
    }

    /** Refuses the next {@code count} connections, then lets connections through again; resets the counters. */
    public void refuseNext(int count) {
        refused.set(0);
        passed.set(0);
        refusalsLeft.set(count);
    }

    public int refused() {
        return refused.get();
    }

    public int passed() {
        return passed.get();
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                if (refusalsLeft.getAndUpdate(left -> Math.max(0, left - 1)) > 0) {
                    refuse(client);
                } else {
                    pass(client);
                }
            } catch (IOException e) {
                if (!server.isClosed()) {
                    throw new IllegalStateException("SMTP gate failed", e);
                }
            }
        }
    }

    private void refuse(Socket client) throws IOException {
        try (client) {
            client.getOutputStream().write("421 4.3.2 Service not available, try again later\r\n"
                    .getBytes(StandardCharsets.US_ASCII));
            client.getOutputStream().flush();
        }
        refused.incrementAndGet();
    }

    private void pass(Socket client) throws IOException {
        if (targetHost == null) {
            // not forwarded yet (a health check before the test opened the gate): closed without an answer
            closeQuietly(client);
            return;
        }
        Socket upstream = new Socket(targetHost, targetPort);
        passed.incrementAndGet();
        pipe(client, upstream);
        pipe(upstream, client);
    }

    private static void pipe(Socket from, Socket to) {
        Thread thread = new Thread(() -> {
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                in.transferTo(out);
            } catch (IOException e) {
                // the other side closed: the SMTP session is over
            } finally {
                closeQuietly(from);
                closeQuietly(to);
            }
        }, "smtp-gate-pipe");
        thread.setDaemon(true);
        thread.start();
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // already closed
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
