package de.thwien.dsr.erasure.rectification;

import de.thwien.dsr.erasure.rectification.CorrectedIdentifierRule.StoredRecord;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

/**
 * The records subject-index-service holds an e-mail address or phone number for; empty when it is not configured,
 * not reachable, too slow or refuses (the correction then waits for the assistant's confirmation).
 */
@ApplicationScoped
public class IdentifierHolders {

    private static final Logger LOG = Logger.getLogger(IdentifierHolders.class);

    private final SubjectIndexConfig config;
    // looked up on the first call: a client without a URL cannot be built
    private final Instance<SubjectIndexService> index;

    public IdentifierHolders(SubjectIndexConfig config, @RestClient Instance<SubjectIndexService> index) {
        this.config = config;
        this.index = index;
    }

    Uni<Optional<List<StoredRecord>>> of(CorrectedIdentifierRule.Kind kind, String value) {
        if (kind == CorrectedIdentifierRule.Kind.NONE || config.url().filter(url -> !url.isBlank()).isEmpty()) {
            return Uni.createFrom().item(Optional.empty());
        }
        SubjectIndexService.Identifier asked = kind == CorrectedIdentifierRule.Kind.EMAIL
                ? new SubjectIndexService.Identifier(value, null) : new SubjectIndexService.Identifier(null, value);
        return Uni.createFrom().deferred(() -> index.get().holders(asked))
                .map(holders -> Optional.of(holders.records() == null ? List.<StoredRecord>of()
                        : holders.records().stream()
                                .map(holder -> new StoredRecord(holder.store(), holder.reference())).toList()))
                .onFailure().recoverWithItem(failure -> {
                    // the type only: the message may carry the value asked about
                    LOG.warnf("subject-index-service not asked about a corrected identifier: %s",
                            failure.getClass().getName());
                    return Optional.empty();
                });
    }
}
