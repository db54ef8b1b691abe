package de.thwien.dsr.connectors.mail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A TCP relay in front of the IMAP server that counts what its clients do: connections (each one a login) and
 * commands by name ({@code SELECT}, {@code UID FETCH}, {@code FETCH}, {@code SEARCH} ...). A command is counted
 * before it is passed on, so the count is complete when the client has its answer. It can also cut every open
 * connection, as a server that logs idle sessions out does.
 */
final class ImapCommandCounter implements AutoCloseable {

    private final ServerSocket server;
    private final String host;
    private final int port;
    private final AtomicInteger connections = new AtomicInteger();
    private final Map<String, AtomicInteger> commands = new ConcurrentHashMap<>();
    private final List<Socket> open = new CopyOnWriteArrayList<>();

    ImapCommandCounter(String host, int port) throws IOException {
        this.host = host;
        this.port = port;
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        daemon(this::accept);
    }

    /** The account, reached through this relay. */
    MailAccount inFrontOf(MailAccount account) {
        return new MailAccount(account.name(), "127.0.0.1", server.getLocalPort(), false, account.login(),
                account.password(), account.address());
    }

    int connections() {
        return connections.get();
    }

    /** How often the command was sent, e.g. {@code "SELECT"}, {@code "UID FETCH"}. */
    int count(String command) {
        AtomicInteger count = commands.get(command);
        return count == null ? 0 : count.get();
    }

    /** Folders opened: {@code SELECT} and its read-only form {@code EXAMINE}. */
    int folderOpens() {
        return count("SELECT") + count("EXAMINE");
    }

    void reset() {
        connections.set(0);
        commands.clear();
    }

    /** Cuts every connection open now, without a word to the client. */
    void dropConnections() throws IOException {
        for (Socket socket : open) {
            socket.close();
        }
        open.clear();
    }

    @Override
    public void close() throws IOException {
        server.close();
        dropConnections();
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                Socket upstream = new Socket(host, port);
                connections.incrementAndGet();
                open.add(client);
                open.add(upstream);
                InputStream fromServer = upstream.getInputStream();
                OutputStream toClient = client.getOutputStream();
                InputStream fromClient = client.getInputStream();
                OutputStream toServer = upstream.getOutputStream();
                daemon(() -> relay(fromServer, toClient, false));
                daemon(() -> relay(fromClient, toServer, true));
            } catch (IOException e) {
                return; // closed
            }
        }
    }

    private void relay(InputStream from, OutputStream to, boolean fromClient) {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            int read;
            while ((read = from.read(buffer)) >= 0) {
                if (fromClient) {
                    for (int i = 0; i < read; i++) {
                        if (buffer[i] == '\n') {
                            countCommand(line.toString(StandardCharsets.US_ASCII));
                            line.reset();
                        } else {
                            line.write(buffer[i]);
                        }
                    }
                }
                to.write(buffer, 0, read);
                to.flush();
            }
        } catch (IOException e) {
            // a connection cut: the other direction ends too
        } finally {
            try {
                to.close();
            } catch (IOException e) {
                // already closed
            }
        }
    }

    private void countCommand(String line) {
        String[] words = line.trim().split(" ");
        if (words.length < 2) {
            return;
        }
        String command = words[1].toUpperCase(Locale.ROOT);
        if (command.equals("UID") && words.length > 2) {
            command = "UID " + words[2].toUpperCase(Locale.ROOT);
        }
        commands.computeIfAbsent(command, name -> new AtomicInteger()).incrementAndGet();
    }

    private static void daemon(Runnable body) {
        Thread thread = new Thread(body, "imap-command-counter");
        thread.setDaemon(true);
        thread.start();
    }
}
