package de.thwien.dsr.admin.passwords;

import static org.assertj.core.api.Assertions.assertThat;

import de.thwien.dsr.admin.ToolRun;
import io.quarkus.elytron.security.common.BcryptUtil;
import org.junit.jupiter.api.Test;

/** A password hash the services accept, from a password that never appears on the command line. */
class HashPasswordTest {

    @Test
    void theHashOfAPasswordFromStandardInputIsAcceptedByTheServicesLoginCheck() {
        ToolRun run = ToolRun.withStdin("correct horse battery\n", "hash-password", "--stdin", "--cost", "4");

        assertThat(run.exitCode()).isZero();
        String hash = run.out().strip();
        assertThat(hash).startsWith("$2a$04$");
        // exactly what ConfiguredUserIdentityProvider checks a login with
        assertThat(BcryptUtil.matches("correct horse battery", hash)).isTrue();
        assertThat(BcryptUtil.matches("correct horse battery!", hash)).isFalse();
        assertThat(run.err()).contains("dsr.auth.users.<name>.password-hash");
    }

    @Test
    void theDefaultCostIsTwelve() {
        ToolRun run = ToolRun.withStdin("s3cret\n", "hash-password", "--stdin");

        assertThat(run.out().strip()).startsWith("$2a$12$");
    }

    @Test
    void aPasswordGivenAsArgumentIsRefusedSoItStaysOutOfTheShellHistory() {
        ToolRun run = ToolRun.of("hash-password", "s3cret");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("Unmatched argument");
    }

    @Test
    void withoutATerminalAndWithoutStdinItSaysHowToPipeThePasswordIn() {
        ToolRun run = ToolRun.of("hash-password");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("--stdin");
    }

    @Test
    void anEmptyPasswordIsRefused() {
        ToolRun run = ToolRun.withStdin("\n", "hash-password", "--stdin");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("empty");
    }
}
