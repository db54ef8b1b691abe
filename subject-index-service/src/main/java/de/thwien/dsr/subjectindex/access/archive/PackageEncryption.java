package de.thwien.dsr.subjectindex.access.archive;

import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.StreamingAead;
import com.google.crypto.tink.streamingaead.AesGcmHkdfStreamingKey;
import com.google.crypto.tink.streamingaead.PredefinedStreamingAeadParameters;
import com.google.crypto.tink.streamingaead.StreamingAeadConfig;
import com.google.crypto.tink.subtle.Hkdf;
import com.google.crypto.tink.util.SecretBytes;

import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;

/**
 * Access packages at rest: Tink's {@link StreamingAead} (AES256_GCM_HKDF_1MB), so that neither writing nor
 * reading a large package needs it in memory, and a changed, reordered or cut-off segment is refused.
 *
 * <p>The Tink key is derived (HKDF-SHA256) from the configured {@code dsr.access-package.key}, so the existing
 * configuration keeps working and no keyset has to be stored. A package starts with {@code DSRP2}; one starting with
 * {@code DSRP1} was written before Tink by {@link LegacyChunkedGcm} and is still read until its link has expired.
 */
public final class PackageEncryption {

    private static final byte[] MAGIC = {'D', 'S', 'R', 'P', '2'};
    private static final byte[] DERIVATION_INFO = "dsr access package tink key v1".getBytes(StandardCharsets.US_ASCII);

    static {
        try {
            StreamingAeadConfig.register();
        } catch (GeneralSecurityException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final StreamingAead aead;
    private final SecretKeySpec legacyKey;

    /** @param configuredKey the 16, 24 or 32 bytes of {@code dsr.access-package.key} */
    public PackageEncryption(byte[] configuredKey) {
        try {
            byte[] derived = Hkdf.computeHkdf("HMACSHA256", configuredKey, new byte[0], DERIVATION_INFO, 32);
            AesGcmHkdfStreamingKey key = AesGcmHkdfStreamingKey.create(
                    PredefinedStreamingAeadParameters.AES256_GCM_HKDF_1MB,
                    SecretBytes.copyFrom(derived, InsecureSecretKeyAccess.get()));
            KeysetHandle keyset = KeysetHandle.newBuilder()
                    .addEntry(KeysetHandle.importKey(key).withFixedId(1).makePrimary()).build();
            this.aead = keyset.getPrimitive(RegistryConfiguration.get(), StreamingAead.class);
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("access package key not usable", e);
        }
        this.legacyKey = new SecretKeySpec(configuredKey, "AES");
    }

    /** Encrypts everything written to the returned stream into {@code sink}; closing it ends the package. */
    public OutputStream encrypting(OutputStream sink, byte[] associatedData) throws IOException {
        sink.write(MAGIC);
        try {
            return aead.newEncryptingStream(sink, associatedData);
        } catch (GeneralSecurityException e) {
            throw new IOException("access package could not be encrypted", e);
        }
    }

    /**
     * The package's plain content; reading fails with an {@link IOException} on a package that was changed, cut off,
     * or sealed for another package id or key.
     */
    public InputStream decrypting(InputStream source, byte[] associatedData) throws IOException {
        byte[] magic = source.readNBytes(MAGIC.length);
        if (Arrays.equals(magic, MAGIC)) {
            try {
                return aead.newDecryptingStream(source, associatedData);
            } catch (GeneralSecurityException e) {
                throw new IOException("access package could not be decrypted", e);
            }
        }
        if (Arrays.equals(magic, LegacyChunkedGcm.MAGIC)) {
            return LegacyChunkedGcm.decrypting(source, legacyKey, associatedData);
        }
        throw new IOException("not an encrypted access package");
    }
}
