package de.thwien.dsr.erasure.retention;

import de.thwien.dsr.erasure.retention.rules.DeletionRule;
import de.thwien.dsr.erasure.retention.rules.PeriodTransition;
import de.thwien.dsr.erasure.retention.rules.RetentionPolicy;
import de.thwien.dsr.erasure.retention.rules.RuleKind;
import de.thwien.dsr.erasure.retention.rules.StartEvent;
import de.thwien.dsr.events.RetentionCategory;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The deletion concept as configuration, one rule per data category after DIN 66398
 * ({@code dsr.retention.rules.<category>.*}); documented in application.properties.
 */
@ConfigMapping(prefix = "dsr.retention")
public interface DeletionConceptConfig {

    Map<String, Rule> rules();

    interface Rule {
        String description();

        @WithDefault("HOLD")
        RuleKind kind();

        StartEvent start();

        /**
         * ISO-8601 period, e.g. {@code P3Y}, {@code P0D} = no hold. Absent: the category's own period, said once in
         * {@link RetentionCategory} (the statutory years of LEGAL.md §3, else the privacy policy's maximum storage,
         * else none), which the access copy and the notices count with too; set it only to depart from that.
         */
        Optional<Period> period();

        /** The law that demands the hold of every controller, e.g. {@code §147(1) Nr. 4, (3) AO}. */
        String legalBasis();

        /** § 257 HGB where it demands the hold too: binds only a merchant ({@code dsr.controller.merchant}). */
        Optional<String> commercialLawBasis();

        Optional<Transition> transition();
    }

    interface Transition {
        Period previousPeriod();

        LocalDate effectiveFrom();
    }

    /**
     * The configured rules as the pure domain policy.
     *
     * @param merchant whether the controller is a merchant: only then does a rule's legal basis cite § 257 HGB
     */
    default RetentionPolicy toPolicy(boolean merchant) {
        List<DeletionRule> rules = new ArrayList<>();
        rules().forEach((category, rule) -> rules.add(new DeletionRule(category, rule.description(), rule.kind(),
                rule.start(), rule.period().orElseGet(() -> periodOf(category)), merchant ? rule.commercialLawBasis()
                        .map(commercial -> rule.legalBasis() + "; " + commercial).orElse(rule.legalBasis())
                        : rule.legalBasis(),
                rule.transition().map(t -> new PeriodTransition(t.previousPeriod(), t.effectiveFrom())))));
        return new RetentionPolicy(rules);
    }

    /** The period {@link RetentionCategory} gives a category whose rule configures none. */
    private static Period periodOf(String category) {
        RetentionCategory known = RetentionCategory.find(category).orElseThrow(() -> new IllegalStateException(
                "dsr.retention.rules." + category + ".period: a category the contracts do not know needs a period"));
        return known.statutoryPeriod().or(known::maximumStorage).orElse(Period.ZERO);
    }
}
