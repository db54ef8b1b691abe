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
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

/**
 * One shop mailbox with {@code mails} messages, one every 20 minutes, filed by month like a real
 * archive: nine in ten received from a customer ({@code Archiv.2022-01}), one in ten sent to a customer
 * ({@code Archiv.2022-01.Sent}), every seventh with a second customer in Cc, each body with the
 * customer's phone number, a third person named in the text ("wie mit Herrn … besprochen") and the
 * customer's name under "Mit freundlichen Grüßen". Put straight into GreenMail's store: loading is not what is measured, and
 * 100,000 IMAP APPENDs would take longer than the crawl itself.
 *
 * <p>Why month folders and not one folder of 100,000: GreenMail answers every FETCH by walking all
 * messages of the folder and looking up each one's sequence number with a linear scan over a fresh
 * copy of the folder's UID list, so one FETCH costs the square of the folder size (seconds at 90,000
 * messages, whatever the FETCH asks for). In one big folder both the crawl and the plain FETCH would
 * measure that, not the client; a real server (Dovecot) answers a FETCH of a range in time for that range.
 */
final class BenchmarkMailbox {

    static final String ADDRESS = "info@shop.example";
    static final String PASSWORD = "benchmark";
    static final String ARCHIVE = "Archiv";
    private static final long MINUTES_BETWEEN_MAILS = 20;

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
        LocalDateTime start = LocalDateTime.of(2022, 1, 3, 7, 0);
        Map<YearMonth, MailFolder[]> months = new HashMap<>();
        try {
            TerminalProgress progress = TerminalProgress.of("loading mails", mails, "mails");
            for (int i = 0; i < mails; i++) {
                progress.step();
                long customer = customerOf(i, partners);
                boolean outbound = i % 10 == 9;
                LocalDateTime sentAt = start.plusMinutes(i * MINUTES_BETWEEN_MAILS);
                Date date = Date.from(sentAt.atZone(ZoneId.of("Europe/Berlin")).toInstant());
                MailFolder[] month = months.get(YearMonth.from(sentAt));
                if (month == null) {
                    // the month's folder first: creating its Sent child first would make it a non-selectable parent
                    String name = ARCHIVE + "." + YearMonth.from(sentAt);
                    month = new MailFolder[] {folders.createMailbox(user, name), folders.createMailbox(user, name + ".Sent")};
                    months.put(YearMonth.from(sentAt), month);
                }
                MimeMessage message = message(session, i, customer, outbound, date, partners);
                month[outbound ? 1 : 0].appendMessage(message, new Flags(), date);
            }
            progress.finish();
        } catch (FolderException | MessagingException | UnsupportedEncodingException e) {
            throw new IllegalStateException("benchmark mailbox not filled", e);
        } catch (AuthorizationException e) {
            throw new IllegalStateException("benchmark mailbox folders not created", e);
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
        long mentioned = (customer + partners / 2) % partners + 1;
        message.setText("Guten Tag,\n\nich habe eine Frage zu meiner Bestellung " + (100_000 + index)
                + ". Die Lieferung ist noch nicht angekommen, wie mit " + (index % 2 == 0 ? "Herrn " : "Frau ")
                + BenchmarkPeople.name(mentioned) + " besprochen. Bitte rufen Sie mich zurück unter "
                + BenchmarkPeople.phone(customer) + ".\n\nMit freundlichen Grüßen\n" + BenchmarkPeople.name(customer)
                + "\n", "UTF-8");
        message.saveChanges();
        return message;
    }
}
