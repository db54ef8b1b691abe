package de.thwien.dsr.erasure.stores;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Used until the conference connector is wired in: the run fails visibly and deletes nothing. */
@DefaultBean
@ApplicationScoped
public class UnconnectedConferenceRecordings implements ConferenceRecordings {

    @Override
    public List<StoredRecording> list() throws StoreFailure {
        throw new StoreFailure("conference unavailable: no BBB connector is configured");
    }

    @Override
    public void delete(String recordId) throws StoreFailure {
        throw new StoreFailure("conference unavailable: no BBB connector is configured");
    }
}
