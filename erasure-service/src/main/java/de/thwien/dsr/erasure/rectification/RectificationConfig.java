package de.thwien.dsr.erasure.rectification;

import io.smallrye.config.ConfigMapping;
import java.util.List;
import java.util.Optional;

/** Settings of rectification (Art. 16). */
@ConfigMapping(prefix = "dsr.erasure.rectification")
public interface RectificationConfig {

    /**
     * The operator's own e-mail addresses, which never become a requester's corrected address: the privacy mailbox
     * and the addresses the operator mails from. The own address of every mail account of {@code dsr.stores.mail}
     * counts too, without being listed here.
     */
    Optional<List<String>> operatorAddresses();
}
