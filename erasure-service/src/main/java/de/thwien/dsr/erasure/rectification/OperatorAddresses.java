package de.thwien.dsr.erasure.rectification;

import de.thwien.dsr.connectors.identity.EmailNormaliser;
import de.thwien.dsr.connectors.stores.StoreSettings;
import de.thwien.dsr.erasure.stores.WriteStoresConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The operator's own e-mail addresses (the privacy mailbox, the addresses he mails from and his mail accounts'), by
 * their normalised key: written into a requester's record, one would make the subject index find her in all of the
 * operator's mail, and mail meant for her would reach the operator. Refused for her, whatever she asks, with its own
 * reason ({@link CorrectedIdentifierIsOurs}); no confirmation makes it hers.
 */
@ApplicationScoped
public class OperatorAddresses {

    private final Set<String> keys;

    @Inject
    public OperatorAddresses(RectificationConfig config, WriteStoresConfig stores) {
        this(Stream.concat(config.operatorAddresses().orElse(List.of()).stream(),
                        stores.mail().map(StoreSettings.Mail::accounts)
                                .map(accounts -> accounts.values().stream().map(StoreSettings.Account::address))
                                .orElse(Stream.empty()))
                .toList());
    }

    OperatorAddresses(Collection<String> addresses) {
        this.keys = addresses.stream().map(EmailNormaliser::canonical).flatMap(Optional::stream)
                .collect(Collectors.toUnmodifiableSet());
    }

    /** Whether the address, however written (case, "Name &lt;…&gt;", a +tag), is one of the operator's. */
    public boolean isOurs(String address) {
        return EmailNormaliser.canonical(address).filter(keys::contains).isPresent();
    }
}
