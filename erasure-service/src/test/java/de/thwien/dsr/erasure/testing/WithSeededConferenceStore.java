package de.thwien.dsr.erasure.testing;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;

/**
 * The conference store connected (Greenlight's demo data and a BBB simulator, {@link SeededConferenceTestResource}):
 * one Quarkus start for every test class that needs it, where a resource restricted to its class started one per
 * class.
 */
public class WithSeededConferenceStore implements QuarkusTestProfile {

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(SeededConferenceTestResource.class));
    }
}
