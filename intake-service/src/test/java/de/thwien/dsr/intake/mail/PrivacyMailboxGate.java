package de.thwien.dsr.intake.mail;

import de.thwien.dsr.infra.InfraConfiguration;
import de.thwien.dsr.infra.test.EmbeddedInfraTestResource;
import de.thwien.dsr.infra.test.RefusingProxy;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * Intake reaches the privacy mailbox's IMAP server through a {@link RefusingProxy} that a test can close: the
 * mailbox "down" for {@link MailboxHealthTests} without a Quarkus start of its own. A resource of every test of the
 * module (one Quarkus start for all); it starts after the embedded infrastructure, whose IMAP port it forwards to.
 * Tests that read or fill the mailbox themselves ({@link RequestMailbox}) go to GreenMail directly.
 */
public class PrivacyMailboxGate implements QuarkusTestResourceLifecycleManager {

    private RefusingProxy gate;

    @Override
    public Map<String, String> start() {
        int imapPort = Integer.parseInt(EmbeddedInfraTestResource.currentConfiguration()
                .get(InfraConfiguration.MAIL_IMAP_PORT));
        gate = RefusingProxy.to(imapPort);
        return Map.of("dsr.mailbox.port", Integer.toString(gate.port()));
    }

    @Override
    public void inject(TestInjector testInjector) {
        testInjector.injectIntoFields(gate, new TestInjector.MatchesType(RefusingProxy.class));
    }

    @Override
    public int order() {
        // after EmbeddedInfraTestResource (order 0)
        return 1;
    }

    @Override
    public void stop() {
        if (gate != null) {
            gate.close();
            gate = null;
        }
    }
}
