package de.thwien.dsr.admin.keys;

import static org.assertj.core.api.Assertions.assertThat;

import de.thwien.dsr.admin.ToolRun;
import de.thwien.dsr.platform.crypto.MasterKeys;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Keys in the form the services read them. */
class GenerateKeyTest {

    @Test
    void aMasterKeyIsAcceptedByTheKeyringAndItsIdIsNamed() {
        ToolRun run = ToolRun.of("generate-key", "master");

        assertThat(run.exitCode()).isZero();
        String key = run.out().strip();
        assertThat(Base64.getDecoder().decode(key)).hasSize(32);
        MasterKeys keys = new MasterKeys(key, List.of());
        assertThat(run.err()).contains("DSR_KEYRING_MASTER_KEY", "id " + keys.currentId());
    }

    @Test
    void everyRunMakesANewKey() {
        assertThat(ToolRun.of("generate-key", "master").out())
                .isNotEqualTo(ToolRun.of("generate-key", "master").out());
        assertThat(ToolRun.of("generate-key", "access-package").out())
                .isNotEqualTo(ToolRun.of("generate-key", "access-package").out());
    }

    @Test
    void anAccessPackageKeyIsBase64OfThirtyTwoBytes() {
        ToolRun run = ToolRun.of("generate-key", "access-package");

        assertThat(run.exitCode()).isZero();
        assertThat(Base64.getDecoder().decode(run.out().strip())).hasSize(32);
        assertThat(run.err()).contains("DSR_ACCESS_PACKAGE_KEY");
    }

    @Test
    void withoutAKindItAsksForOne() {
        ToolRun run = ToolRun.of("generate-key");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Missing required subcommand", "master", "access-package");
    }
}
