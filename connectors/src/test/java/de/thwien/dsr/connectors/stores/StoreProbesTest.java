package de.thwien.dsr.connectors.stores;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.thwien.dsr.platform.health.FailureReason;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Each store's health question, in words that name what failed and no person. */
class StoreProbesTest {

    record Account(String host, int port, Optional<Boolean> ssl, String login, String password, String address)
            implements StoreSettings.Account {
    }

    record Mail(Map<String, StoreSettings.Account> accounts, Optional<List<String>> voicemailSenderDomains,
            Optional<String> restrictedFolder, Optional<Duration> timeout) implements StoreSettings.Mail {
    }

    /** Nothing listens on port 1: the account cannot be reached. */
    private final ConnectedStores mailOnly = ConnectedStores.of(new ConnectedStoresTest.Settings(Optional.empty(),
            Optional.of(new Mail(Map.of("archive", new Account("127.0.0.1", 1, Optional.of(false), "jana.beispiel",
                    "secret", "jana.beispiel@example.org")), Optional.empty(), Optional.empty(),
                    Optional.of(Duration.ofSeconds(5)))),
            Optional.empty()));

    @Test
    void everyConnectedStoreIsProbedUnderItsName() {
        assertThat(StoreProbes.of(mailOnly)).containsOnlyKeys("mail");
    }

    @Test
    void aFailingMailAccountIsNamedByItsConfiguredKeyNeverByItsLoginOrAddress() {
        assertThatThrownBy(() -> StoreProbes.of(mailOnly).get("mail").check())
                .isInstanceOf(FailureReason.ReportableFailure.class)
                .hasMessage("account archive: connection refused")
                .hasMessageNotContaining("jana");
    }
}
