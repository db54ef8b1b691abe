package de.thwien.dsr.systemtests;

import de.thwien.dsr.infra.EmbeddedInfra;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/** Looks into the demo stores directly (SQL, IMAP folders), the way an auditor would check an erasure. */
final class StoreProbe {

    private static final int READ_ATTEMPTS = 3;

    private final EmbeddedInfra infra;

    StoreProbe(EmbeddedInfra infra) {
        this.infra = infra;
    }

    /** The first column of the first row of {@code sql} as a long. */
    long count(String sql, Object... parameters) {
        try (Connection connection = DriverManager.getConnection(infra.postgresJdbcUrl(), infra.postgresUsername(),
                infra.postgresPassword());
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Subjects of the messages in {@code folder} of {@code login}'s mailbox; empty if the folder does not exist.
     * A service may expunge messages while the folder is read (the deferred erasure job does): the server then
     * cannot load a listed message's envelope, and the folder is read once more.
     */
    List<String> subjects(String login, String folder) {
        MessagingException lastFailure = null;
        for (int attempt = 1; attempt <= READ_ATTEMPTS; attempt++) {
            try {
                return readSubjects(login, folder);
            } catch (MessagingException changedWhileRead) {
                lastFailure = changedWhileRead;
            }
        }
        throw new IllegalStateException("folder " + folder + " could not be read " + READ_ATTEMPTS + " times",
                lastFailure);
    }

    private List<String> readSubjects(String login, String folder) throws MessagingException {
        try (Store store = Session.getInstance(new Properties()).getStore("imap")) {
            store.connect(infra.mailHost(), infra.imapPort(), login, "system-test");
            Folder opened = store.getFolder(folder);
            if (!opened.exists()) {
                return List.of();
            }
            opened.open(Folder.READ_ONLY);
            try {
                List<String> subjects = new ArrayList<>();
                for (Message message : opened.getMessages()) {
                    if (!message.isExpunged()) {
                        subjects.add(message.getSubject());
                    }
                }
                return subjects;
            } finally {
                opened.close(false);
            }
        }
    }
}
