package de.thwien.dsr.subjectindex.access.archive;

import org.junit.jupiter.api.Test;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ChunkedGcmTest {

    private static final SecretKey KEY = new SecretKeySpec(new byte[32], "AES");
    private static final byte[] PACKAGE_ID = "package-1".getBytes();

    @Test
    void contentSpanningManyChunksComesBackUnchanged() throws IOException {
        byte[] plain = randomBytes(3 * ChunkedGcm.CHUNK + 17);

        assertThat(decrypt(ChunkedGcm.encrypt(plain, KEY, PACKAGE_ID), PACKAGE_ID)).isEqualTo(plain);
    }

    @Test
    void emptyAndExactlyOneChunkWork() throws IOException {
        assertThat(decrypt(ChunkedGcm.encrypt(new byte[0], KEY, PACKAGE_ID), PACKAGE_ID)).isEmpty();
        byte[] oneChunk = randomBytes(ChunkedGcm.CHUNK);
        assertThat(decrypt(ChunkedGcm.encrypt(oneChunk, KEY, PACKAGE_ID), PACKAGE_ID)).isEqualTo(oneChunk);
    }

    @Test
    void theCiphertextDoesNotContainThePlaintext() throws IOException {
        byte[] sealed = ChunkedGcm.encrypt("jana.becker@example.net".getBytes(), KEY, PACKAGE_ID);

        assertThat(new String(sealed, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("jana");
    }

    @Test
    void aChangedByteIsDetected() throws IOException {
        byte[] sealed = ChunkedGcm.encrypt(randomBytes(1000), KEY, PACKAGE_ID);
        sealed[sealed.length - 5] ^= 1;

        assertThatThrownBy(() -> decrypt(sealed, PACKAGE_ID)).isInstanceOf(IOException.class);
    }

    @Test
    void aPackageCutAfterAFullChunkIsDetected() throws IOException {
        byte[] sealed = ChunkedGcm.encrypt(randomBytes(2 * ChunkedGcm.CHUNK + 10), KEY, PACKAGE_ID);
        // magic + prefix + first chunk (length field + data + tag): drop everything after it
        int firstChunkEnd = 5 + 8 + 4 + ChunkedGcm.CHUNK + 16;
        byte[] cut = Arrays.copyOf(sealed, firstChunkEnd);

        assertThatThrownBy(() -> decrypt(cut, PACKAGE_ID)).isInstanceOf(IOException.class);
    }

    @Test
    void anotherPackagesIdDoesNotDecrypt() throws IOException {
        byte[] sealed = ChunkedGcm.encrypt(randomBytes(100), KEY, PACKAGE_ID);

        assertThatThrownBy(() -> decrypt(sealed, "package-2".getBytes())).isInstanceOf(IOException.class);
    }

    private static byte[] decrypt(byte[] sealed, byte[] associatedData) throws IOException {
        try (InputStream in = ChunkedGcm.decrypting(new ByteArrayInputStream(sealed), KEY, associatedData)) {
            return in.readAllBytes();
        }
    }

    private static byte[] randomBytes(int size) {
        byte[] bytes = new byte[size];
        new Random(42).nextBytes(bytes);
        return bytes;
    }
}
