package de.thwien.dsr.connectors.mail;

import static de.thwien.dsr.connectors.mail.TestMailboxes.append;
import static de.thwien.dsr.connectors.mail.TestMailboxes.message;
import static org.assertj.core.api.Assertions.assertThat;

import de.thwien.dsr.connectors.spi.CrawlCursor;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the restore check asks the mail store: a message's identity that survives a restore (account, folder,
 * Message-ID; its UID and the folder's UIDVALIDITY do not), every message's identity with its reference now, and
 * whether a message still lies where its restriction put it.
 */
class MailRestorableIdentityTest {

    private MailAccount account;
    private ImapMailReader reader;
    private ImapMailWriter writer;

    @BeforeEach
    void freshMailbox() {
        account = TestMailboxes.freshAccount();
        reader = new ImapMailReader(TestMailboxes.settings(account));
        writer = new ImapMailWriter(TestMailboxes.settings(account));
    }

    @Test
    void aMessageErasedAndBroughtBackByARestoreUnderANewUidHasTheSameIdentityAndItsNewReference() throws Exception {
        append(account, "Archive", herMail(), othersMail());
        String original = crawl().get(0);
        String identity = reader.restorableIdentity(original);
        assertThat(identity).isEqualTo("info\nArchive\n<anfrage-1@example.net>");
        assertThat(identities()).containsEntry(identity, original)
                .containsEntry("info\nArchive\n<andere-1@example.com>", crawl().get(1)).hasSize(2);

        writer.erase(original);
        assertThat(identities()).doesNotContainKey(identity);

        // the folder is restored from the backup: deleted and filled again, a new UIDVALIDITY and new UIDs
        TestMailboxes.deleteFolder(account, "Archive");
        append(account, "Archive", herMail(), othersMail());

        Map<String, String> restored = identities();
        assertThat(restored).containsKey(identity).hasSize(2);
        assertThat(restored.get(identity)).isNotEqualTo(original)
                .startsWith(MailReference.folderPrefix("info", "Archive"));
        assertThat(reader.restorableIdentity(restored.get(identity))).isEqualTo(identity);
    }

    @Test
    void theSameMessageInAnotherFolderIsAnotherRecord() throws Exception {
        append(account, "INBOX", herMail());
        append(account, "Archive", herMail());

        assertThat(identities()).containsOnlyKeys("info\nINBOX\n<anfrage-1@example.net>",
                "info\nArchive\n<anfrage-1@example.net>");
    }

    @Test
    void aRestrictedMessageIsRestrictedInTheRestrictedFolderAndARestoredCopyInItsOldFolderIsNot() throws Exception {
        append(account, "Archive", herMail());
        String original = crawl().get(0);
        assertThat(writer.isRestricted(original)).isFalse();

        String restricted = writer.restrict(original, LocalDate.of(2032, 12, 31));
        assertThat(writer.isRestricted(restricted)).isTrue();

        append(account, "Archive", herMail()); // the restore brings back the copy as it was before
        String restoredCopy = identities().get("info\nArchive\n<anfrage-1@example.net>");
        assertThat(restoredCopy).isNotNull();
        assertThat(writer.isRestricted(restoredCopy)).isFalse();
    }

    private MimeMessage herMail() throws Exception {
        return message().from("jana.becker@example.net").to(account.address()).subject("Anfrage")
                .messageId("<anfrage-1@example.net>").build();
    }

    private MimeMessage othersMail() throws Exception {
        return message().from("lukas.mueller@example.com").to(account.address()).subject("Angebot")
                .messageId("<andere-1@example.com>").build();
    }

    private Map<String, String> identities() throws Exception {
        Map<String, String> identities = new LinkedHashMap<>();
        reader.restorableIdentities(identities::put);
        return identities;
    }

    private List<String> crawl() throws Exception {
        List<String> references = new ArrayList<>();
        reader.crawl(CrawlCursor.START, record -> references.add(record.reference()));
        return references;
    }
}
