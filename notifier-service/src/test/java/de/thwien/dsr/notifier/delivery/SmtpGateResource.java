package de.thwien.dsr.notifier.delivery;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.util.Map;

/** Points the notifier's mailer at an {@link SmtpGate} and hands the gate to the test. */
public class SmtpGateResource implements QuarkusTestResourceLifecycleManager {

    private SmtpGate gate;
    // the SMTP health check would meet the gate too and use up its refusals: off unless a test asks for it
    private String healthCheckEvery = "off";

    @Override
    public void init(Map<String, String> initArgs) {
        healthCheckEvery = initArgs.getOrDefault("dsr.health.check-every", "off");
    }

    @Override
    public Map<String, String> start() {
        try {
            gate = new SmtpGate();
        } catch (IOException e) {
            throw new IllegalStateException("cannot open the SMTP gate", e);
        }
        return Map.of(
                "quarkus.mailer.port", String.valueOf(gate.port()),
                // one connection per mail, so every attempt meets the gate
                "quarkus.mailer.keep-alive", "false",
                "dsr.notifier.max-attempts", "3",
                "dsr.notifier.first-retry-delay", "PT0.1S",
                "dsr.health.check-every", healthCheckEvery);
    }

    @Override
    public void inject(TestInjector testInjector) {
        testInjector.injectIntoFields(gate, new TestInjector.MatchesType(SmtpGate.class));
    }

    @Override
    public void stop() {
        try {
            gate.close();
        } catch (IOException e) {
            throw new IllegalStateException("SMTP gate did not close", e);
        }
    }
}
