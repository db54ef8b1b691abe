package de.thwien.dsr.notifier.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.thwien.dsr.events.RetentionCategory;
import de.thwien.dsr.events.StoreId;
import de.thwien.dsr.platform.facts.PrivacyFactsConfig;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The Art. 19 register from configuration: what each recipient holds and how it is told, checked at start-up. */
class RecipientRegisterTest {

    @Test
    void aRecipientHoldsTheDataOfItsStoresAndOfItsCategoriesInAnyStore() {
        RecipientRegister register = new RecipientRegister(List.of(
                recipient("Hetzner Online GmbH", "mail,crm", null, "hosting", null),
                recipient("sipgate GmbH", null, "voicemail", "mail", "Datenschutz@Sipgate.de")));

        RegisteredRecipient hetzner = register.all().get(0);
        RegisteredRecipient sipgate = register.all().get(1);
        assertThat(hetzner.channel()).isEqualTo(NotificationChannel.HOSTING);
        assertThat(hetzner.concerns(StoreId.CRM, RetentionCategory.ACCOUNTING_VOUCHER)).isTrue();
        assertThat(hetzner.concerns(StoreId.CONFERENCE, RetentionCategory.CONFERENCE_RECORDING)).isFalse();
        assertThat(sipgate.channel()).isEqualTo(NotificationChannel.MAIL);
        assertThat(sipgate.privacyContact()).isEqualTo("Datenschutz@sipgate.de");
        assertThat(sipgate.concerns(StoreId.MAIL, RetentionCategory.VOICEMAIL)).isTrue();
        assertThat(sipgate.concerns(StoreId.MAIL, RetentionCategory.GENERAL_CORRESPONDENCE)).isFalse();
        assertThat(sipgate.concerns(null, null)).isFalse();
    }

    @Test
    void aRecipientThatHoldsNothingNeedsNoNotification() {
        RecipientRegister register = new RecipientRegister(List.of(recipient("Bank", null, null, null, null)));

        assertThat(register.all().get(0).concerns(StoreId.MAIL, RetentionCategory.VOICEMAIL)).isFalse();
    }

    @Test
    void anUnknownStoreStopsTheStartNamingTheEntry() {
        assertThatThrownBy(() -> new RecipientRegister(List.of(recipient("A", "mail", null, "hosting", null),
                recipient("B", "fax", null, "hosting", null))))
                .hasMessageContaining("dsr.privacy.recipients[1]").hasMessageContaining("unknown store 'fax'");
    }

    @Test
    void anUnknownCategoryStopsTheStart() {
        assertThatThrownBy(() -> new RecipientRegister(List.of(recipient("A", null, "voice-mail", "manual", null))))
                .hasMessageContaining("dsr.privacy.recipients[0]")
                .hasMessageContaining("unknown retention category 'voice-mail'");
    }

    @Test
    void anUnknownNotificationStopsTheStart() {
        assertThatThrownBy(() -> new RecipientRegister(List.of(recipient("A", "mail", null, "fax", null))))
                .hasMessageContaining("unknown notification 'fax' (known: mail, hosting, manual)");
    }

    @Test
    void aRecipientThatHoldsDataWithoutNotificationStopsTheStart() {
        assertThatThrownBy(() -> new RecipientRegister(List.of(recipient("A", "mail", null, null, null))))
                .hasMessageContaining("has no notification");
    }

    @Test
    void aMailRecipientWithoutADeliverablePrivacyContactStopsTheStart() {
        assertThatThrownBy(() -> new RecipientRegister(List.of(recipient("A", null, "voicemail", "mail", null))))
                .hasMessageContaining("needs a deliverable privacy-contact");
        assertThatThrownBy(() -> new RecipientRegister(List.of(recipient("A", null, "voicemail", "mail", "nobody"))))
                .hasMessageContaining("needs a deliverable privacy-contact");
    }

    @Test
    void aNameRegisteredTwiceStopsTheStart() {
        assertThatThrownBy(() -> new RecipientRegister(List.of(recipient("A", "mail", null, "hosting", null),
                recipient("A", "crm", null, "hosting", null))))
                .hasMessageContaining("dsr.privacy.recipients[1]").hasMessageContaining("registered twice");
    }

    private static PrivacyFactsConfig.RecipientConfig recipient(String name, String stores, String categories,
            String notification, String contact) {
        return new PrivacyFactsConfig.RecipientConfig() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public String address() {
                return "Street 1, 12345 Town";
            }

            @Override
            public PrivacyFactsConfig.Text role() {
                return null;
            }

            @Override
            public Optional<List<String>> stores() {
                return Optional.ofNullable(stores).map(ids -> Arrays.asList(ids.split(",")));
            }

            @Override
            public Optional<List<String>> categories() {
                return Optional.ofNullable(categories).map(ids -> Arrays.asList(ids.split(",")));
            }

            @Override
            public Optional<String> notification() {
                return Optional.ofNullable(notification);
            }

            @Override
            public Optional<String> privacyContact() {
                return Optional.ofNullable(contact);
            }
        };
    }
}
