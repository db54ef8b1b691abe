package de.thwien.dsr.intake.mail;

import de.thwien.dsr.intake.cases.RequesterDigest;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * What tells two request mails with the same Message-ID apart: a keyed digest of the sender's address, the
 * subject and the text, so that {@code dsr_case.mail_digest} holds nothing readable and cannot be tested against
 * a guessed sender with a standard text. It is the keyed digest requester addresses are stored as
 * ({@link RequesterDigest}): one key to keep, and a stored mail digest stays valid as long as the address digests
 * do. That digest lower-cases its input, which costs nothing here (a mail from another sender differs in the
 * address), and no address holds a line break, so the two kinds cannot be confused. The same mail read twice has the
 * same digest.
 */
@ApplicationScoped
public class MailDigest {

    private final RequesterDigest digest;

    public MailDigest(RequesterDigest digest) {
        this.digest = digest;
    }

    public String of(RequestMail mail) {
        return digest.of("request mail\n" + mail.fromAddress().trim() + "\n" + normalised(mail.subject()) + "\n"
                + normalised(mail.text()));
    }

    private static String normalised(String text) {
        return text == null ? "" : text.replace("\r\n", "\n").strip();
    }
}
