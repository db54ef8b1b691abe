package de.thwien.dsr.notifier.facts;

import de.thwien.dsr.notifier.controller.ControllerConfig;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.Config;

/**
 * § 257 HGB binds only merchants (LEGAL.md §3): with {@code dsr.controller.merchant=false} the notices leave it out,
 * and so must the operator's own facts ({@code dsr.privacy.*}) that the notices quote word for word. Checked at
 * start-up: a fact that still cites the commercial code stops the service with a message naming its keys, so no
 * notice says a law applies that does not.
 */
@Startup
@ApplicationScoped
public class MerchantStatusCheck {

    private static final String FACTS_PREFIX = "dsr.privacy.";
    private static final Pattern COMMERCIAL_CODE =
            Pattern.compile("\\bHGB\\b|Handelsgesetzbuch|Commercial Code", Pattern.CASE_INSENSITIVE);

    @Inject
    public MerchantStatusCheck(ControllerConfig controller, Config config) {
        check(controller.merchant(), facts(config));
    }

    /**
     * @param facts the operator's facts, key to text
     * @throws IllegalStateException when the controller is no merchant and a fact cites the commercial code
     */
    static void check(boolean merchant, Map<String, String> facts) {
        if (merchant) {
            return;
        }
        List<String> citing = facts.entrySet().stream()
                .filter(fact -> fact.getValue() != null && COMMERCIAL_CODE.matcher(fact.getValue()).find())
                .map(Map.Entry::getKey).sorted().toList();
        if (!citing.isEmpty()) {
            throw new IllegalStateException("dsr.controller.merchant=false, but these privacy facts still cite the"
                    + " German Commercial Code (HGB), which binds only merchants: " + String.join(", ", citing)
                    + ". Take the HGB out of them (or set dsr.controller.merchant=true if the controller is a"
                    + " merchant).");
        }
    }

    private static Map<String, String> facts(Config config) {
        Map<String, String> facts = new TreeMap<>();
        for (String name : config.getPropertyNames()) {
            if (name.startsWith(FACTS_PREFIX)) {
                config.getOptionalValue(name, String.class).ifPresent(value -> facts.put(name, value));
            }
        }
        return facts;
    }
}
