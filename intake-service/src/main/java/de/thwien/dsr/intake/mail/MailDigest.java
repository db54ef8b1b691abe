package de.thwien.dsr.intake.mail;

import de.thwien.dsr.events.keyring.KeyedDigest;
import de.thwien.dsr.events.keyring.KeyringConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;

/**
 * What tells two request mails with the same Message-ID apart: a keyed digest of the sender's address, the
 * subject and the text ({@link KeyedDigest}), so that {@code dsr_case.mail_digest} holds nothing readable and
 * cannot be tested against a guessed sender with a standard text. The same mail read twice has the same digest.
 */
@ApplicationScoped
public class MailDigest {

    private final KeyedDigest digest;

    public MailDigest(KeyringConfig config) {
        this.digest = new KeyedDigest(config.masterKey(), "dsr.mail-digest.v1");
    }

    public String of(RequestMail mail) {
        return digest.of(mail.fromAddress().trim().toLowerCase(Locale.ROOT) + "\n" + normalised(mail.subject())
                + "\n" + normalised(mail.text()));
    }

    private static String normalised(String text) {
        return text == null ? "" : text.replace("\r\n", "\n").strip();
    }
}
