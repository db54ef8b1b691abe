package de.thwien.dsr.intake.mail;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.impl.NoStackTraceTimeoutException;
import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.ClosedConnectionException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.util.concurrent.CompletionException;
import org.hibernate.exception.GenericJDBCException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;

class MailFaultTest {

    private static PgException postgres(String sqlState) {
        return new PgException("refused", "ERROR", sqlState, null);
    }

    @Test
    void anyFailureWhileTheDatabaseAnswersIsTheMails() {
        assertThat(MailFault.ofTheMail(new IllegalStateException(postgres("54000")))).as("index row too big").isTrue();
        assertThat(MailFault.ofTheMail(postgres("P0001"))).isTrue();
        assertThat(MailFault.ofTheMail(new IllegalArgumentException("anything else"))).isTrue();
        assertThat(MailFault.ofTheMail(new GenericJDBCException("as Hibernate Reactive reports it",
                new SQLException("refused", "P0001")))).isTrue();
    }

    @Test
    void aDatabaseThatIsAwayBusyOrSlowIsNotTheMailsFault() {
        assertThat(MailFault.ofTheMail(new CompletionException(new ConnectException("Connection refused")))).isFalse();
        assertThat(MailFault.ofTheMail(new IllegalStateException(ClosedConnectionException.INSTANCE))).isFalse();
        assertThat(MailFault.ofTheMail(postgres("08006"))).as("connection failure").isFalse();
        assertThat(MailFault.ofTheMail(new JDBCConnectionException("as Hibernate Reactive reports it",
                new SQLException("connection failure", "08006")))).isFalse();
        assertThat(MailFault.ofTheMail(postgres("57P01"))).as("shutting down").isFalse();
        assertThat(MailFault.ofTheMail(postgres("53300"))).as("too many connections").isFalse();
        assertThat(MailFault.ofTheMail(postgres("40001"))).as("serialisation failure").isFalse();
        assertThat(MailFault.ofTheMail(postgres("57014"))).as("statement timeout").isFalse();
        assertThat(MailFault.ofTheMail(new IllegalStateException(new NoStackTraceTimeoutException("Timeout"))))
                .as("no connection from the pool in time").isFalse();
    }

    @Test
    void theReasonNamesTheInnermostCauseAndStaysShort() {
        assertThat(MailFault.reasonOf(new IllegalStateException("case not opened", postgres("P0001"))))
                .startsWith("database error P0001 - ").contains("refused").doesNotContain("Exception:");
        assertThat(MailFault.reasonOf(new IllegalStateException("x".repeat(6_000)))).hasSizeLessThan(600);
    }
}
