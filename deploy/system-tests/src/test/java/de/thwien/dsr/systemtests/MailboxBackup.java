package de.thwien.dsr.systemtests;

import de.thwien.dsr.infra.EmbeddedInfra;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;

/**
 * A backup of one mail account's folders as raw messages ({@link #take()}), and the re-import of a folder from it
 * ({@link #reimportMissing()}): every message of the backup that is no longer in its folder is appended again, with
 * its Message-ID, under a new UID, as a restore from a backup into a live server does.
 */
final class MailboxBackup {

    private final EmbeddedInfra infra;
    private final String login;
    private final Set<String> skippedFolders;
    private final Map<String, List<byte[]>> messagesByFolder = new LinkedHashMap<>();

    MailboxBackup(EmbeddedInfra infra, String login, Set<String> skippedFolders) {
        this.infra = infra;
        this.login = login;
        this.skippedFolders = skippedFolders;
    }

    void take() {
        messagesByFolder.clear();
        withStore(store -> {
            for (Folder folder : store.getDefaultFolder().list("*")) {
                if ((folder.getType() & Folder.HOLDS_MESSAGES) == 0 || skippedFolders.contains(folder.getFullName())) {
                    continue;
                }
                folder.open(Folder.READ_ONLY);
                try {
                    List<byte[]> raw = new ArrayList<>();
                    for (Message message : folder.getMessages()) {
                        ByteArrayOutputStream out = new ByteArrayOutputStream();
                        message.writeTo(out);
                        raw.add(out.toByteArray());
                    }
                    messagesByFolder.put(folder.getFullName(), raw);
                } finally {
                    folder.close(false);
                }
            }
        });
    }

    /** Appends again what the backup holds and the folder lost; answers how many messages it appended. */
    int reimportMissing() {
        int[] appended = {0};
        withStore(store -> {
            Session session = Session.getInstance(new Properties());
            for (Map.Entry<String, List<byte[]>> entry : messagesByFolder.entrySet()) {
                Folder folder = store.getFolder(entry.getKey());
                Set<String> present = new HashSet<>(messageIds(folder));
                List<Message> missing = new ArrayList<>();
                for (byte[] raw : entry.getValue()) {
                    MimeMessage message = new MimeMessage(session, new ByteArrayInputStream(raw));
                    if (!present.contains(message.getMessageID())) {
                        missing.add(message);
                    }
                }
                if (!missing.isEmpty()) {
                    folder.appendMessages(missing.toArray(Message[]::new));
                    appended[0] += missing.size();
                }
            }
        });
        return appended[0];
    }

    /** Per folder of the account (every folder, the skipped ones too), its messages' Message-IDs, sorted. */
    Map<String, List<String>> messageIdsByFolder() {
        Map<String, List<String>> ids = new TreeMap<>();
        withStore(store -> {
            for (Folder folder : store.getDefaultFolder().list("*")) {
                if ((folder.getType() & Folder.HOLDS_MESSAGES) != 0) {
                    ids.put(folder.getFullName(), messageIds(folder).stream().sorted().toList());
                }
            }
        });
        return ids;
    }

    /** Message-IDs in the folder, one per message (a message appended twice shows twice). */
    private static List<String> messageIds(Folder folder) throws MessagingException {
        folder.open(Folder.READ_ONLY);
        try {
            List<String> ids = new ArrayList<>();
            for (Message message : folder.getMessages()) {
                ids.add(((MimeMessage) message).getMessageID());
            }
            return ids;
        } finally {
            folder.close(false);
        }
    }

    private interface Work {
        void on(Store store) throws MessagingException, IOException;
    }

    private void withStore(Work work) {
        try (Store store = Session.getInstance(new Properties()).getStore("imap")) {
            store.connect(infra.mailHost(), infra.imapPort(), login, "system-test");
            work.on(store);
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("mailbox backup failed", e);
        }
    }
}
