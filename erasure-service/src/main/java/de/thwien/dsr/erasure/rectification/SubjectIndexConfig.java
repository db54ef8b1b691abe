package de.thwien.dsr.erasure.rectification;

import io.smallrye.config.ConfigMapping;
import java.util.Optional;

/**
 * Where subject-index-service is and erasure-service's service login there (role service). No URL: a corrected
 * e-mail address or phone number cannot be checked and is taken only with the assistant's confirmation.
 */
@ConfigMapping(prefix = "dsr.erasure.subject-index")
public interface SubjectIndexConfig {

    Optional<String> url();

    Optional<String> username();

    Optional<String> password();
}
