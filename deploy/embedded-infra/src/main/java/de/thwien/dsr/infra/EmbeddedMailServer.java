package de.thwien.dsr.infra;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * GreenMail SMTP and IMAP without authentication: any login works and mailboxes appear on first use, so
 * services and tests need no user setup ({@code curl imap://anyone:x@127.0.0.1:port/INBOX} works).
 */
public final class EmbeddedMailServer implements AutoCloseable {

    private final GreenMail greenMail;

    private EmbeddedMailServer(GreenMail greenMail) {
        this.greenMail = greenMail;
    }

    /** Port {@code 0} picks a free port; {@link #smtpPort()}/{@link #imapPort()} tell which. */
    public static EmbeddedMailServer start(int smtpPort, int imapPort) {
        // GreenMail binds port 0 to a free port itself, so no port race here
        GreenMail greenMail = new GreenMail(new ServerSetup[] {
                new ServerSetup(smtpPort, LoopbackPorts.HOST, ServerSetup.PROTOCOL_SMTP),
                new ServerSetup(imapPort, LoopbackPorts.HOST, ServerSetup.PROTOCOL_IMAP)})
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        greenMail.start();
        return new EmbeddedMailServer(greenMail);
    }

    public String host() {
        return LoopbackPorts.HOST;
    }

    public int smtpPort() {
        return greenMail.getSmtp().getPort();
    }

    public int imapPort() {
        return greenMail.getImap().getPort();
    }

    /** Direct access for tests that need GreenMail's own API (e.g. purging mailboxes between tests). */
    public GreenMail greenMail() {
        return greenMail;
    }

    @Override
    public void close() {
        if (greenMail.isRunning()) {
            greenMail.stop();
        }
    }
}
