package de.thwien.dsr.platform.facts;

import static org.assertj.core.api.Assertions.assertThat;

import io.smallrye.config.EnvConfigSource;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.io.IOException;
import java.net.URL;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The operator's privacy facts as every service reads them: the defaults of the platform jar, overridden key by key
 * from a service's {@code application.properties} (ordinal 250) or the environment (ordinal 300), the way Quarkus
 * layers its config sources.
 */
class PrivacyFactsOverrideTest {

    @Test
    void withoutOverridesEveryServiceReadsThePrivacyPolicyOfTheDefaults() throws IOException {
        NoticeFactsCatalog facts = new NoticeFactsCatalog(config(Map.of(), Map.of()));

        assertThat(facts.in("de").recipients()).extracting(ProcessingRecipient::name).containsExactly(
                "Hetzner Online GmbH", "Hetzner Finland Oy", "Symgenius GmbH & Co. KG", "sipgate GmbH");
        assertThat(facts.in("de").purposes()).hasSize(4);
        assertThat(facts.in("en").authority().name()).contains("LDI NRW");
        assertThat(facts.in("en").thirdCountryTransfers()).startsWith("No data is transferred");
    }

    @Test
    void anOverriddenListElementChangesOnlyThatKeyAndANewIndexAddsARecipient() throws IOException {
        NoticeFactsCatalog facts = new NoticeFactsCatalog(config(Map.of(
                "dsr.privacy.recipients[3].address", "Gladbacher Straße 74, 40219 Düsseldorf",
                "dsr.privacy.recipients[4].name", "Steuerberatung Beispiel GmbH",
                "dsr.privacy.recipients[4].address", "Musterweg 1, 40210 Düsseldorf",
                "dsr.privacy.recipients[4].role.de", "Steuerberatung (Buchhaltung)",
                "dsr.privacy.recipients[4].role.en", "tax adviser (bookkeeping)"), Map.of()));

        assertThat(facts.in("de").recipients()).hasSize(5);
        assertThat(facts.in("de").recipients().get(3).name()).isEqualTo("sipgate GmbH");
        assertThat(facts.in("de").recipients().get(3).address()).isEqualTo("Gladbacher Straße 74, 40219 Düsseldorf");
        assertThat(facts.in("en").recipients().get(4).role()).isEqualTo("tax adviser (bookkeeping)");
    }

    @Test
    void anEnvironmentVariableOverridesAnIndexedKeyInEveryService() throws IOException {
        NoticeFactsCatalog facts = new NoticeFactsCatalog(config(Map.of(),
                Map.of("DSR_PRIVACY_PURPOSES_2__STORAGE_PERIOD_DE", "höchstens 7 Tage")));

        assertThat(facts.in("de").purposes().get(2).storagePeriod()).isEqualTo("höchstens 7 Tage");
        assertThat(facts.in("en").purposes().get(2).storagePeriod()).isEqualTo("2 days at most; backups 6 months at most");
    }

    static PrivacyFactsConfig config(Map<String, String> applicationProperties,
            Map<String, String> environment) throws IOException {
        URL defaults = PrivacyFactsOverrideTest.class.getResource("/META-INF/microprofile-config.properties");
        SmallRyeConfig config = new SmallRyeConfigBuilder()
                .withSources(new PropertiesConfigSource(defaults, 100))
                .withSources(new PropertiesConfigSource(applicationProperties, "application.properties", 250))
                .withSources(new EnvConfigSource(environment, 300))
                .withMapping(PrivacyFactsConfig.class)
                .build();
        return config.getConfigMapping(PrivacyFactsConfig.class);
    }
}
