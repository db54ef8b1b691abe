package de.thwien.dsr.subjectindex.access.archive;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PackageEncryptionTest {

    private static final byte[] CONFIGURED_KEY = new byte[32];
    private static final PackageEncryption ENCRYPTION = new PackageEncryption(CONFIGURED_KEY);
    private static final byte[] PACKAGE_ID = "package-1".getBytes(StandardCharsets.US_ASCII);
    private static final int SEGMENT = 1024 * 1024;

    @Test
    void contentSpanningSeveralSegmentsComesBackUnchanged() throws IOException {
        byte[] plain = randomBytes(2 * SEGMENT + 17);

        assertThat(decrypt(ENCRYPTION, encrypt(plain), PACKAGE_ID)).isEqualTo(plain);
    }

    @Test
    void emptyContentComesBackEmpty() throws IOException {
        assertThat(decrypt(ENCRYPTION, encrypt(new byte[0]), PACKAGE_ID)).isEmpty();
    }

    @Test
    void theCiphertextDoesNotContainThePlaintext() throws IOException {
        byte[] sealed = encrypt("jana.becker@example.net".getBytes(StandardCharsets.UTF_8));

        assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain("jana");
    }

    @Test
    void aTamperedPackageIsRefused() throws IOException {
        byte[] sealed = encrypt(randomBytes(1000));
        sealed[sealed.length - 5] ^= 1;

        assertThatThrownBy(() -> decrypt(ENCRYPTION, sealed, PACKAGE_ID)).isInstanceOf(IOException.class);
    }

    @Test
    void aPackageCutAfterAFullSegmentIsRefused() throws IOException {
        byte[] sealed = encrypt(randomBytes(2 * SEGMENT + 10));
        byte[] cut = Arrays.copyOf(sealed, SEGMENT + 100);

        assertThatThrownBy(() -> decrypt(ENCRYPTION, cut, PACKAGE_ID)).isInstanceOf(IOException.class);
    }

    @Test
    void anotherPackagesIdDoesNotDecrypt() throws IOException {
        byte[] sealed = encrypt(randomBytes(100));

        assertThatThrownBy(() -> decrypt(ENCRYPTION, sealed, "package-2".getBytes(StandardCharsets.US_ASCII)))
                .isInstanceOf(IOException.class);
    }

    @Test
    void anotherConfiguredKeyDoesNotDecrypt() throws IOException {
        byte[] sealed = encrypt(randomBytes(100));
        byte[] otherKey = new byte[32];
        otherKey[0] = 1;

        assertThatThrownBy(() -> decrypt(new PackageEncryption(otherKey), sealed, PACKAGE_ID))
                .isInstanceOf(IOException.class);
    }

    @Test
    void aSixteenByteKeyAsConfiguredBeforeStillWorks() throws IOException {
        PackageEncryption shortKey = new PackageEncryption(new byte[16]);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStream encrypting = shortKey.encrypting(out, PACKAGE_ID)) {
            encrypting.write("hello".getBytes(StandardCharsets.UTF_8));
        }

        assertThat(decrypt(shortKey, out.toByteArray(), PACKAGE_ID)).isEqualTo("hello".getBytes(StandardCharsets.UTF_8));
    }

    /** Written by the hand-made chunked AES-GCM of release 0.1 (zero key, id package-1): links still open for 30 days. */
    @Test
    void aPackageWrittenInTheFormatBeforeTinkIsStillRead() throws IOException {
        byte[] before = Base64.getDecoder().decode(
                "RFNSUDFiKnJk0tw2VIAAACon7ikS9OqR3DxJOr4UWnqwz8xTfdWnIBwcdyi1Nu4iQSRX9Mi8aha+S98=");

        assertThat(new String(decrypt(ENCRYPTION, before, PACKAGE_ID), StandardCharsets.UTF_8))
                .isEqualTo("written before the upgrade");
    }

    @Test
    void aTamperedPackageInTheFormatBeforeTinkIsRefused() {
        byte[] before = Base64.getDecoder().decode(
                "RFNSUDFiKnJk0tw2VIAAACon7ikS9OqR3DxJOr4UWnqwz8xTfdWnIBwcdyi1Nu4iQSRX9Mi8aha+S98=");
        before[before.length - 3] ^= 1;

        assertThatThrownBy(() -> decrypt(ENCRYPTION, before, PACKAGE_ID)).isInstanceOf(IOException.class);
    }

    @Test
    void somethingThatIsNoPackageIsRefused() {
        assertThatThrownBy(() -> decrypt(ENCRYPTION, "PK\u0003\u0004 plain zip".getBytes(StandardCharsets.ISO_8859_1),
                PACKAGE_ID)).isInstanceOf(IOException.class);
    }

    private static byte[] encrypt(byte[] plain) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStream encrypting = ENCRYPTION.encrypting(out, PACKAGE_ID)) {
            encrypting.write(plain);
        }
        return out.toByteArray();
    }

    private static byte[] decrypt(PackageEncryption encryption, byte[] sealed, byte[] associatedData)
            throws IOException {
        try (InputStream in = encryption.decrypting(new ByteArrayInputStream(sealed), associatedData)) {
            return in.readAllBytes();
        }
    }

    private static byte[] randomBytes(int size) {
        byte[] bytes = new byte[size];
        new Random(42).nextBytes(bytes);
        return bytes;
    }
}
