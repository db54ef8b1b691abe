package de.thwien.dsr.subjectindex.access;

import de.thwien.dsr.subjectindex.access.archive.PackageEncryption;
import de.thwien.dsr.subjectindex.access.archive.Spool;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

/** A spool in a temporary file, encrypted like the package itself: no plain personal data on disk. */
final class EncryptedSpool implements Spool, AutoCloseable {

    private final PackageEncryption encryption;
    private final byte[] associatedData = ("spool " + UUID.randomUUID()).getBytes(StandardCharsets.US_ASCII);
    private final Path file;

    EncryptedSpool(PackageEncryption encryption) {
        this.encryption = encryption;
        try {
            this.file = Files.createTempFile("dsr-access-spool-", ".bin");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public OutputStream output() throws IOException {
        return encryption.encrypting(Files.newOutputStream(file), associatedData);
    }

    @Override
    public InputStream input() throws IOException {
        return encryption.decrypting(Files.newInputStream(file), associatedData);
    }

    @Override
    public void close() throws IOException {
        Files.deleteIfExists(file);
    }
}
