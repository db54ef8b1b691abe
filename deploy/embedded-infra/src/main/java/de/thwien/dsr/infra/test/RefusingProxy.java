package de.thwien.dsr.infra.test;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP proxy on 127.0.0.1 in front of a server (in the fault harness PostgreSQL, the CRM database, SMTP,
 * IMAP and the BBB API; the IMAP server in a mailbox health test) that its owner can close: while it is closed,
 * open connections are cut and new ones are refused (nothing listens on the port), exactly what a client sees
 * when the server is down or unreachable. Cleaner than stopping the real server: it keeps its data and the test
 * can still look at it directly. Listens on a {@link LowPorts} port, which it gets back when it opens again.
 */
public final class RefusingProxy implements AutoCloseable {

    private final InetAddress host = InetAddress.getLoopbackAddress();
    private final int targetPort;
    private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();
    private volatile ServerSocket server;
    private final int port;

    private RefusingProxy(int targetPort) {
        this.targetPort = targetPort;
        this.server = bind(LowPorts.free());
        this.port = server.getLocalPort();
        acceptOn(server);
    }

    public static RefusingProxy to(int targetPort) {
        return new RefusingProxy(targetPort);
    }

    public int port() {
        return port;
    }

    /** Cuts every connection and refuses new ones until {@link #open()}. */
    public synchronized void refuse() {
        closeQuietly(server);
        sockets.forEach(RefusingProxy::closeQuietly);
        sockets.clear();
    }

    /** Accepts connections again, on the same port. */
    public synchronized void open() {
        if (!server.isClosed()) {
            return;
        }
        server = bind(port);
        acceptOn(server);
    }

    @Override
    public void close() {
        refuse();
    }

    private ServerSocket bind(int localPort) {
        try {
            ServerSocket socket = new ServerSocket();
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(host, localPort), 200);
            return socket;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on " + localPort, e);
        }
    }

    private void acceptOn(ServerSocket listening) {
        daemon("refusing-proxy-accept-" + port, () -> {
            while (!listening.isClosed()) {
                try {
                    Socket client = listening.accept();
                    connect(client);
                } catch (IOException closedOrFailed) {
                    // refuse() closed the listening socket, or one client failed: the loop condition decides
                }
            }
        });
    }

    private void connect(Socket client) {
        Socket upstream;
        try {
            upstream = new Socket(host, targetPort);
        } catch (IOException e) {
            closeQuietly(client);
            return;
        }
        sockets.add(client);
        sockets.add(upstream);
        pipe(client, upstream);
        pipe(upstream, client);
    }

    private void pipe(Socket from, Socket to) {
        daemon("refusing-proxy-pipe", () -> {
            byte[] buffer = new byte[16 * 1024];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                int read;
                while ((read = in.read(buffer)) >= 0) {
                    out.write(buffer, 0, read);
                    out.flush();
                }
            } catch (IOException cut) {
                // one side closed or the proxy cut the connection
            } finally {
                closeQuietly(from);
                closeQuietly(to);
                sockets.remove(from);
                sockets.remove(to);
            }
        });
    }

    private static void daemon(String name, Runnable work) {
        Thread thread = new Thread(work, name);
        thread.setDaemon(true);
        thread.start();
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception ignored) {
            // already closed
        }
    }
}
