package de.thwien.dsr.intake.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.thwien.dsr.infra.EmbeddedMailServer;
import jakarta.mail.Folder;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import java.util.Arrays;
import java.util.Properties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The privacy mailbox's own folders (processed, errors, automatic, triage) as the poller makes them. */
class PollerFoldersTest {

    private static EmbeddedMailServer mail;

    @BeforeAll
    static void mailServer() {
        mail = EmbeddedMailServer.start(0, 0);
    }

    @AfterAll
    static void stop() {
        mail.close();
    }

    @Test
    void aMissingFolderIsCreatedAndSubscribedSoThatTheOwnersMailClientShowsIt() throws Exception {
        try (Store store = connected("folders-created@thwien.de")) {
            Folder folder = MailboxPoller.existing(store, "DSR-Erledigt");

            assertThat(folder.exists()).isTrue();
            assertThat(Arrays.stream(store.getDefaultFolder().listSubscribed("*")).map(Folder::getFullName))
                    .contains("DSR-Erledigt");
            assertThat(MailboxPoller.existing(store, "DSR-Erledigt").getFullName()).isEqualTo("DSR-Erledigt");
        }
    }

    @Test
    void aNameTheServerCannotHoldStopsThePollWithWhatToWriteInstead() throws Exception {
        try (Store store = connected("folders-refused@thwien.de")) {
            char separator = store.getDefaultFolder().getSeparator();
            String wrong = "Archiv" + (separator == '/' ? "//" : "/") + "Erledigt";

            assertThatThrownBy(() -> MailboxPoller.existing(store, wrong)).isInstanceOf(MessagingException.class)
                    .hasMessageContaining("configured folder '" + wrong + "'")
                    .hasMessageContaining(separator == '/' ? "empty folder level" : "'" + separator + "'");
            assertThat(store.getFolder(wrong).exists()).isFalse();
        }
    }

    private static Store connected(String user) throws MessagingException {
        Store store = Session.getInstance(new Properties()).getStore("imap");
        store.connect(mail.host(), mail.imapPort(), user, "any");
        return store;
    }
}
