package de.thwien.dsr.erasure.rectification;

import de.thwien.dsr.erasure.rectification.CorrectedIdentifierRule.StoredRecord;
import de.thwien.dsr.connectors.identity.PhoneNormaliser;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

/**
 * The records subject-index-service holds an e-mail address or phone number for (a number asked by its normalised
 * E.164 digits, with and without a switchboard suffix); empty when it is not configured,
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
        // a number by its normalised digits, in every reading: "+49 221 5550303 / 0" is his +492215550303 too
        List<SubjectIndexService.Identifier> asked = kind == CorrectedIdentifierRule.Kind.EMAIL
                ? List.of(new SubjectIndexService.Identifier(value, null))
                : PhoneNormaliser.e164Readings(value).stream()
                        .map(key -> new SubjectIndexService.Identifier(null, key)).toList();
        return Multi.createFrom().iterable(asked)
                .onItem().transformToUniAndConcatenate(identifier -> Uni.createFrom()
                        .deferred(() -> index.get().holders(identifier)))
                .collect().asList()
                .map(answers -> Optional.of(answers.stream()
                        .flatMap(holders -> holders.records() == null ? Stream.empty() : holders.records().stream())
                        .map(holder -> new StoredRecord(holder.store(), holder.reference())).distinct().toList()))
                .onFailure().recoverWithItem(failure -> {
                    // the type only: the message may carry the value asked about
                    LOG.warnf("subject-index-service not asked about a corrected identifier: %s",
                            failure.getClass().getName());
                    return Optional.empty();
                });
    }
}
