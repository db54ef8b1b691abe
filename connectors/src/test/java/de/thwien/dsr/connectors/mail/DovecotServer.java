package de.thwien.dsr.connectors.mail;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * A private Dovecot 2.3 (Debian's {@code dovecot-imapd}) for the tests that must see what a real IMAP server refuses
 * and GreenMail takes (keywords over 50 characters, {@code /} in a folder name on a {@code .}-separator server).
 * Started as root on a free loopback port with its own configuration, passwd files and Maildir under
 * {@code target/}; no system configuration is read. Plain-text login; a master user logs in as any user with
 * {@code user*master}, as the connectors do in production. Dovecot's limits stay at their defaults
 * ({@code mail_max_keyword_length = 50}).
 */
final class DovecotServer implements AutoCloseable {

    static final String MASTER = "dsr-master";
    static final String MASTER_PASSWORD = "master-secret";
    private static final List<Path> BINARIES = List.of(Path.of("/usr/sbin/dovecot"), Path.of("/usr/local/sbin/dovecot"));

    private final Process process;
    private final Path directory;
    private final Path baseDir;
    private final int port;

    private DovecotServer(Process process, Path directory, Path baseDir, int port) {
        this.process = process;
        this.directory = directory;
        this.baseDir = baseDir;
        this.port = port;
    }

    /** Starts Dovecot; fails (never skips) when it is not installed or the tests do not run as root. */
    static DovecotServer start() throws IOException {
        Path binary = BINARIES.stream().filter(Files::isExecutable).findFirst().orElseThrow(() -> new AssertionError(
                "Dovecot is not installed, and the mail connector's Dovecot tests need it: install it with"
                        + " `apt-get install -y --no-install-recommends dovecot-imapd` (as root; .ci/run does)"));
        if (!"root".equals(System.getProperty("user.name"))) {
            throw new AssertionError("the Dovecot tests start Dovecot as root (it switches to the users nobody and"
                    + " dovenull): run them as root");
        }
        Path directory = Path.of("target", "dovecot-" + UUID.randomUUID().toString().substring(0, 8))
                .toAbsolutePath();
        Path mail = Files.createDirectories(directory.resolve("mail"));
        UserPrincipalLookupService owners = mail.getFileSystem().getUserPrincipalLookupService();
        Files.setOwner(mail, owners.lookupPrincipalByName("nobody"));
        // login sockets live here: short, since a unix socket path has at most 107 bytes
        Path baseDir = Path.of("/tmp", "dsr-dovecot-" + UUID.randomUUID().toString().substring(0, 8));
        Files.writeString(directory.resolve("masters"), MASTER + ":{PLAIN}" + MASTER_PASSWORD + "\n");
        Files.writeString(directory.resolve("passwd"), "info:{PLAIN}" + TestMailboxes.PASSWORD + "::::::\n");
        int port = freePort();
        Path config = directory.resolve("dovecot.conf");
        Files.writeString(config, configuration(directory, baseDir, port), StandardCharsets.UTF_8);
        Process process = new ProcessBuilder(binary.toString(), "-c", config.toString(), "-F")
                .redirectErrorStream(true).redirectOutput(directory.resolve("console.log").toFile()).start();
        DovecotServer server = new DovecotServer(process, directory, baseDir, port);
        try {
            await("Dovecot accepting connections on port " + port).atMost(Duration.ofSeconds(15))
                    .pollInterval(Duration.ofMillis(100)).until(() -> {
                        if (!process.isAlive()) {
                            throw new AssertionError("Dovecot stopped at start-up: " + server.log());
                        }
                        return server.accepts();
                    });
        } catch (RuntimeException | AssertionError e) {
            server.close();
            throw e;
        }
        return server;
    }

    /** A fresh mailbox, logged into with the master user as in production. */
    MailAccount freshAccount() {
        String user = "info-" + UUID.randomUUID().toString().substring(0, 8);
        return new MailAccount("info", "127.0.0.1", port, false, user + "*" + MASTER, MASTER_PASSWORD,
                user + "@thwien.example");
    }

    /** The Maildir of one folder of {@code account}'s user (Maildir++: {@code .<folder>}, INBOX at the top). */
    Path maildir(MailAccount account, String folder) {
        Path user = directory.resolve("mail").resolve(account.login().substring(0, account.login().indexOf('*')));
        return "INBOX".equals(folder) ? user : user.resolve("." + folder);
    }

    private static String configuration(Path directory, Path baseDir, int port) {
        return """
                base_dir = %2$s
                state_dir = %1$s/state
                log_path = %1$s/dovecot.log
                protocols = imap
                listen = 127.0.0.1
                ssl = no
                disable_plaintext_auth = no
                auth_mechanisms = plain login
                auth_master_user_separator = *
                default_login_user = dovenull
                default_internal_user = dovecot
                first_valid_uid = 1
                mail_location = maildir:%1$s/mail/%%u
                namespace inbox {
                  inbox = yes
                  separator = .
                }
                service imap-login {
                  inet_listener imap {
                    address = 127.0.0.1
                    port = %3$d
                  }
                  inet_listener imaps {
                    port = 0
                  }
                }
                passdb {
                  driver = passwd-file
                  args = %1$s/masters
                  master = yes
                }
                passdb {
                  driver = passwd-file
                  args = %1$s/passwd
                }
                userdb {
                  driver = static
                  args = uid=nobody gid=nogroup home=%1$s/mail/%%u
                }
                """.formatted(directory, baseDir, port);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private boolean accepts() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private String log() {
        try {
            Path log = directory.resolve("dovecot.log");
            return Files.readString(directory.resolve("console.log"))
                    + (Files.exists(log) ? Files.readString(log) : "");
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    /** Stops Dovecot (SIGTERM to its master, which ends its children) and waits for it. */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Optional.of(baseDir).filter(Files::isDirectory).ifPresent(DovecotServer::deleteQuietly);
    }

    private static void deleteQuietly(Path directory) {
        try (var paths = Files.walk(directory)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // a leftover directory under /tmp only costs space
        }
    }
}
