package de.thwien.dsr.platform.facts;

import io.smallrye.config.ConfigMapping;
import java.util.List;
import java.util.Optional;

/**
 * The facts of the controller's processing that Art. 13 and Art. 15 notices must state, taken from
 * the operator's privacy policy: purposes with legal bases and storage periods, recipients
 * (processors), the supervisory authority. Configuration, not code, so that a change of the
 * privacy policy is a change of {@code application.properties}.
 */
@ConfigMapping(prefix = "dsr.privacy")
public interface PrivacyFactsConfig {

    SupervisoryAuthorityConfig supervisoryAuthority();

    List<PurposeConfig> purposes();

    /**
     * How the request itself is processed (LEGAL.md §5): stated in every access answer and its copy, whatever was
     * found, and alone when nothing was. Its stores and categories are not read: it covers every requester.
     */
    PurposeConfig requestPurpose();

    List<RecipientConfig> recipients();

    /** Art. 13(1)(f): transfers to third countries (none). */
    Text thirdCountryTransfers();

    /** Art. 13(2)(e): whether providing the data is required, and what happens if not. */
    Text provisionRequirement();

    /**
     * Art. 14(2)(f) / 15(1)(g): where the data comes from, one sentence per source; an access answer states those of
     * the records found.
     */
    List<SourceConfig> sources();

    /** Art. 13(2)(f) / 15(1)(h): automated decision-making including profiling (none). */
    Text automatedDecisions();

    /** Backups roll off after this many months; erased data disappears from them by then. */
    int backupRetentionMonths();

    /** The controller's privacy contact, where a requester writes (e.g. for a new download link). */
    String contact();

    /** A text in both notice languages. */
    interface Text {
        String de();

        String en();
    }

    interface SupervisoryAuthorityConfig {
        String name();

        String street();

        String city();

        String phone();

        Optional<String> fax();

        String email();

        String website();
    }

    interface PurposeConfig {
        Text purpose();

        Text legalBasis();

        /** Only where the basis is Art. 6(1)(f) GDPR (Art. 13(1)(d)). */
        Optional<Text> legitimateInterest();

        Text dataCategories();

        Text storagePeriod();

        /**
         * Art. 15(1)(a), (c): the stores ({@code StoreId} ids) whose records this purpose covers; an access answer
         * states the purpose when the copy holds a record of one of them. At least one store or category is required.
         */
        Optional<List<String>> stores();

        /** The retention categories ({@code RetentionCategory} ids) it covers, in any store. */
        Optional<List<String>> categories();
    }

    interface SourceConfig {
        Text text();

        /** The stores ({@code StoreId} ids) whose records come from this source. */
        Optional<List<String>> stores();

        /** The retention categories ({@code RetentionCategory} ids) whose records come from it, in any store. */
        Optional<List<String>> categories();

        /**
         * A third party's records naming the requester (e.g. customers' correspondence): stated only when a record
         * of these stores came from a third party, or, where that is not known, whenever one of them was found.
         */
        Optional<Boolean> thirdParty();
    }

    interface RecipientConfig {
        String name();

        String address();

        Text role();

        /**
         * Art. 19: the stores ({@code StoreId} ids) whose data this recipient receives or hosts; none if it holds none
         * of our stores' data.
         */
        Optional<List<String>> stores();

        /** Art. 19: the retention categories ({@code RetentionCategory} ids) it receives or hosts, in any store. */
        Optional<List<String>> categories();

        /**
         * Art. 19: how it is told of an erasure, rectification or restriction: {@code mail} (an instruction to
         * {@link #privacyContact()}), {@code hosting} (it hosts our own servers: the erasure there covers it) or
         * {@code manual} (the assistant tells it and confirms on the dashboard). Required with stores or categories.
         */
        Optional<String> notification();

        /** Where an instruction is mailed ({@code notification=mail}): the recipient's privacy contact. */
        Optional<String> privacyContact();
    }
}
