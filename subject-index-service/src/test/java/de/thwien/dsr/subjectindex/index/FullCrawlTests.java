package de.thwien.dsr.subjectindex.index;

import static org.assertj.core.api.Assertions.assertThat;

import de.thwien.dsr.connectors.identity.Identifier;
import de.thwien.dsr.connectors.identity.IdentifierKind;
import de.thwien.dsr.connectors.spi.IndexedRecord;
import de.thwien.dsr.connectors.stores.ConnectedStore;
import de.thwien.dsr.subjectindex.SeededStoresTestResource;
import de.thwien.dsr.subjectindex.stores.StoreRegistry;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The index forgets records that are gone from their store: a full crawl drops the entries it did not see, an
 * incremental one (which reads only new records) drops nothing. A record "gone from the store" is played by index
 * entries under a reference the seeded CRM never had, so the shared demo data stays as it is.
 */
@QuarkusTest
@QuarkusTestResource(SeededStoresTestResource.class)
class FullCrawlTests {

    private static final Identifier CRM_CUSTOMER = new Identifier(IdentifierKind.EMAIL, "jana.becker@example.net");

    @Inject
    Crawler crawler;

    @Inject
    CrawlStates states;

    @Inject
    SubjectIndex index;

    @Inject
    StoreRegistry stores;

    private ConnectedStore crm;

    @BeforeEach
    void crmCrawledOnce() {
        crm = stores.store("crm").orElseThrow();
        crawler.crawl(crm);
    }

    @Test
    void aRecordGoneFromTheStoreLeavesTheIndexWithTheNextFullCrawlWhileTheOthersStay() throws Exception {
        Identifier gone = goneRecordIndexed();

        states.requestFullCrawl("crm", Instant.now());
        assertThat(crawler.crawl(crm)).isTrue();

        assertThat(index.lookup(Set.of(gone))).as("the gone record's entries").isEmpty();
        assertThat(index.lookup(Set.of(CRM_CUSTOMER))).as("a record the store still holds").containsKey("crm");
        assertThat(states.fullCrawlDue("crm")).as("done").isFalse();
    }

    @Test
    void anIncrementalCrawlKeepsTheEntriesOfRecordsItDidNotSee() throws Exception {
        Identifier unseen = goneRecordIndexed();

        assertThat(crawler.crawl(crm)).isTrue();

        assertThat(index.lookup(Set.of(unseen))).containsKey("crm");
        assertThat(index.lookup(Set.of(CRM_CUSTOMER))).containsKey("crm");
    }

    private Identifier goneRecordIndexed() throws Exception {
        String id = UUID.randomUUID().toString();
        Identifier email = new Identifier(IdentifierKind.EMAIL, "gone-" + id + "@example.org");
        index.put("crm", List.of(new IndexedRecord("res_partner/gone-" + id, Set.of(email), null, null)));
        return email;
    }
}
