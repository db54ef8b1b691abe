package de.thwien.dsr.benchmarks;

import com.icegreen.greenmail.imap.AuthorizationException;
import com.icegreen.greenmail.imap.ImapHostManager;
import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.store.MailFolder;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Flags;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import java.io.UnsupportedEncodingException;
import java.time.Instant;
import java.util.Date;
import java.util.Properties;

/**
 * One shop mailbox with {@code mails} messages: nine in ten received from a customer into INBOX, one in
 * ten sent to a customer (Sent), every seventh with a second customer in Cc, each body with the
 * customer's phone number. Put straight into GreenMail's store: loading is not what is measured, and
 * 100,000 IMAP APPENDs would take longer than the crawl itself.
 */
final class BenchmarkMailbox {

    static final String ADDRESS = "info@shop.example";
    static final String PASSWORD = "benchmark";
    static final String SENT = "Sent";

    private BenchmarkMailbox() {
    }

    /** @return the customer (partner id) that mail number {@code index} is exchanged with */
    static long customerOf(int index, int partners) {
        return index % partners + 1;
    }

    static void load(GreenMail greenMail, int mails, int partners) {
        GreenMailUser user = greenMail.setUser(ADDRESS, ADDRESS, PASSWORD);
        ImapHostManager folders = greenMail.getManagers().getImapHostManager();
        Session session = Session.getInstance(new Properties());
        long start = Instant.parse("2025-01-06T07:00:00Z").toEpochMilli();
        try {
            MailFolder inbox = folders.getInbox(user);
            MailFolder sent = folders.createMailbox(user, SENT);
            for (int i = 0; i < mails; i++) {
                long customer = customerOf(i, partners);
                boolean outbound = i % 10 == 9;
                Date date = new Date(start + i * 60_000L);
                MimeMessage message = message(session, i, customer, outbound, date, partners);
                (outbound ? sent : inbox).appendMessage(message, new Flags(), date);
            }
        } catch (FolderException | MessagingException | UnsupportedEncodingException e) {
            throw new IllegalStateException("benchmark mailbox not filled", e);
        } catch (AuthorizationException e) {
            throw new IllegalStateException("benchmark mailbox not created", e);
        }
    }

    private static MimeMessage message(Session session, int index, long customer, boolean outbound, Date date,
            int partners) throws MessagingException, UnsupportedEncodingException {
        InternetAddress shop = new InternetAddress(ADDRESS, "Shop Kundenservice", "UTF-8");
        InternetAddress person = new InternetAddress(BenchmarkPeople.email(customer), BenchmarkPeople.name(customer),
                "UTF-8");
        MimeMessage message = new MimeMessage(session);
        message.setFrom(outbound ? shop : person);
        message.setRecipient(Message.RecipientType.TO, outbound ? person : shop);
        if (index % 7 == 0) {
            long other = customer % partners + 1;
            message.setRecipient(Message.RecipientType.CC, new InternetAddress(BenchmarkPeople.email(other),
                    BenchmarkPeople.name(other), "UTF-8"));
        }
        message.setSubject((outbound ? "Re: " : "") + "Anfrage zu Bestellung " + (100_000 + index), "UTF-8");
        message.setSentDate(date);
        message.setText("Guten Tag,\n\nich habe eine Frage zu meiner Bestellung " + (100_000 + index)
                + ". Die Lieferung ist noch nicht angekommen. Bitte rufen Sie mich zurück unter "
                + BenchmarkPeople.phone(customer) + ".\n\nMit freundlichen Grüßen\n" + BenchmarkPeople.name(customer)
                + "\n", "UTF-8");
        message.saveChanges();
        return message;
    }
}
