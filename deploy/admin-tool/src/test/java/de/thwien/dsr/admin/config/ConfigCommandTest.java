package de.thwien.dsr.admin.config;

import static org.assertj.core.api.Assertions.assertThat;

import de.thwien.dsr.admin.ToolRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A service's configuration as it would run, with the values of secrets never printed. */
class ConfigCommandTest {

    @TempDir
    Path directory;

    @Test
    void secretsAreMaskedWhereverTheyComeFrom() throws IOException {
        Path properties = file("application.properties", """
                quarkus.datasource.password=db-pass-in-file
                dsr.auth.users.owner.password-hash=$2a$10$hashhashhash
                dsr.access-package.key=YWNjZXNzLXBhY2thZ2Uta2V5
                dsr.stores.conference.bbb.secret=bbb-secret-in-file
                quarkus.oidc.credentials.token=oidc-token-in-file
                quarkus.http.port=8081
                """);
        Path env = file("service.env", """
                # production
                DSR_KEYRING_MASTER_KEY=bWFzdGVyLWtleS1mcm9tLWVudg==
                QUARKUS_DATASOURCE_PASSWORD="db-pass-from-env"
                """);

        ToolRun run = ToolRun.of("config", properties.toString(), "--env-file", env.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).doesNotContain("db-pass-in-file", "db-pass-from-env", "hashhashhash",
                "YWNjZXNzLXBhY2thZ2Uta2V5", "bbb-secret-in-file", "oidc-token-in-file", "bWFzdGVyLWtleS1mcm9tLWVudg");
        assertThat(run.out()).contains("quarkus.datasource.password=****    # environment QUARKUS_DATASOURCE_PASSWORD",
                "dsr.auth.users.owner.password-hash=****", "dsr.access-package.key=****",
                "dsr.stores.conference.bbb.secret=****", "quarkus.oidc.credentials.token=****",
                // the platform's defaults name dsr.keyring.master-key: the variable shows as the property it sets
                "dsr.keyring.master-key=****    # environment DSR_KEYRING_MASTER_KEY",
                "quarkus.http.port=8081    # properties file");
    }

    @Test
    void theEnvironmentOverridesTheFileAndTheProfileChoosesItsValues() throws IOException {
        Path properties = file("application.properties", """
                quarkus.http.port=8081
                quarkus.http.host=127.0.0.1
                %prod.quarkus.http.host=0.0.0.0
                %test.quarkus.http.host=localhost
                %dev,test.dsr.only-in-tests=true
                dsr.base-url=http://${quarkus.http.host}:${quarkus.http.port}
                """);
        Path env = file("service.env", "export QUARKUS_HTTP_PORT=9000\n");

        ToolRun prod = ToolRun.of("config", properties.toString(), "--env-file", env.toString());
        ToolRun test = ToolRun.of("config", properties.toString(), "--profile", "test");

        assertThat(prod.out()).contains("quarkus.http.port=9000    # environment QUARKUS_HTTP_PORT",
                "quarkus.http.host=0.0.0.0", "dsr.base-url=http://0.0.0.0:9000").doesNotContain("only-in-tests");
        assertThat(test.out()).contains("quarkus.http.port=8081    # properties file", "quarkus.http.host=localhost",
                "dsr.only-in-tests=true", "dsr.base-url=http://localhost:8081");
    }

    @Test
    void intakeServicesOwnFileShowsItsProductionValuesWithoutTheDemoSecrets() {
        Path intake = Path.of("../../intake-service/src/main/resources/application.properties");

        ToolRun run = ToolRun.of("config", intake.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("quarkus.http.port=8081").doesNotContain("demo-", "$2a$");
        assertThat(run.out().lines().filter(line -> line.contains("password") || line.contains("key=")
                || line.contains("secret") || line.contains("token")))
                .allSatisfy(line -> assertThat(line).matches("[^=]+=(\\*\\*\\*\\*)?    # .*"));
    }

    @Test
    void thePlatformsSharedDefaultsAreShownUnlessTheServiceOrTheEnvironmentSetsThem() throws IOException {
        Path properties = file("application.properties", """
                quarkus.http.port=8081
                kafka.session.timeout.ms=20000
                """);
        Path env = file("service.env", "DSR_KEYRING_MASTER_KEY=bWFzdGVyLWtleS1mcm9tLWVudg==\n");

        ToolRun run = ToolRun.of("config", properties.toString(), "--env-file", env.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains(
                "mp.messaging.outgoing.outbox.acks=all    # platform defaults",
                "quarkus.flyway.locations=db/migration,db/messaging    # platform defaults",
                "kafka.session.timeout.ms=20000    # properties file",
                "dsr.keyring.master-key=****    # environment DSR_KEYRING_MASTER_KEY")
                .doesNotContain("bWFzdGVyLWtleS1mcm9tLWVudg", "ZGVtby1rZXlyaW5n", "demo-owner", "$2a$");
    }

    @Test
    void aMalformedEnvFileLineIsNamedByNumberWithoutItsContent() throws IOException {
        Path properties = file("application.properties", "quarkus.http.port=8081\n");
        Path env = file("service.env", "QUARKUS_HTTP_PORT=9000\nthe-secret-value\n");

        ToolRun run = ToolRun.of("config", properties.toString(), "--env-file", env.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("line 2").doesNotContain("the-secret-value");
    }

    private Path file(String name, String content) throws IOException {
        return Files.writeString(directory.resolve(name), content);
    }
}
