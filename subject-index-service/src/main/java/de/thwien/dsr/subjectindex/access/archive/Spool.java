package de.thwien.dsr.subjectindex.access.archive;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * Where a part of the package waits while the records' files go into the ZIP (a ZIP takes one entry at a time):
 * written once, then read back once. The service keeps it encrypted on disk; tests keep it in memory.
 */
public interface Spool {

    OutputStream output() throws IOException;

    InputStream input() throws IOException;

    /** A spool in memory, for small packages and tests. */
    static Spool inMemory() {
        return new Spool() {
            private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

            @Override
            public OutputStream output() {
                return bytes;
            }

            @Override
            public InputStream input() {
                return new ByteArrayInputStream(bytes.toByteArray());
            }
        };
    }
}
