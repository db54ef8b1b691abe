package de.thwien.dsr.subjectindex.access.archive;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;

/**
 * Reads packages written before {@link PackageEncryption} used Tink: AES-GCM in independent chunks. Nothing writes
 * this format any more; it stays for packages stored before the upgrade, which stay downloadable until their links
 * expire ({@code dsr.access-package.validity}, 30 days by default). Remove it one validity period after every
 * installation runs the Tink format.
 *
 * <p>Format: magic {@code DSRP1}, an 8-byte random nonce prefix, then chunks of
 * {@code [int length | ciphertext+tag]}. A chunk's nonce is prefix + chunk counter; its associated
 * data is the caller's (e.g. the package id) + counter + a final-chunk flag, so chunks can be
 * neither reordered, dropped, nor cut off at the end. The final chunk's length has the top bit set.
 */
final class LegacyChunkedGcm {

    static final int CHUNK = 64 * 1024;
    static final byte[] MAGIC = {'D', 'S', 'R', 'P', '1'};
    private static final int TAG_BITS = 128;
    private static final int FINAL = 0x8000_0000;

    private LegacyChunkedGcm() {
    }

    /** The plain content of a package whose magic has already been read from {@code source}. */
    static InputStream decrypting(InputStream source, SecretKey key, byte[] associatedData) throws IOException {
        DataInputStream in = new DataInputStream(source);
        byte[] prefix = in.readNBytes(8);
        if (prefix.length != 8) {
            throw new IOException("truncated access package");
        }
        return new DecryptingStream(in, key, prefix, associatedData);
    }

    private static byte[] decrypt(SecretKey key, byte[] prefix, byte[] associatedData, long counter,
            boolean last, byte[] data, int length) throws IOException {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            byte[] nonce = ByteBuffer.allocate(12).put(prefix).putInt((int) counter).array();
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(ByteBuffer.allocate(associatedData.length + 9).put(associatedData).putLong(counter)
                    .put((byte) (last ? 1 : 0)).array());
            return cipher.doFinal(data, 0, length);
        } catch (GeneralSecurityException e) {
            throw new IOException("access package chunk " + counter + " could not be decrypted", e);
        }
    }

    private static final class DecryptingStream extends InputStream {
        private final DataInputStream in;
        private final SecretKey key;
        private final byte[] prefix;
        private final byte[] associatedData;
        private byte[] plain = new byte[0];
        private int position;
        private long counter;
        private boolean finished;

        DecryptingStream(DataInputStream in, SecretKey key, byte[] prefix, byte[] associatedData) {
            this.in = in;
            this.key = key;
            this.prefix = prefix;
            this.associatedData = associatedData.clone();
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) == -1 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] target, int offset, int length) throws IOException {
            while (position == plain.length) {
                if (finished) {
                    return -1;
                }
                nextChunk();
            }
            int copied = Math.min(length, plain.length - position);
            System.arraycopy(plain, position, target, offset, copied);
            position += copied;
            return copied;
        }

        private void nextChunk() throws IOException {
            int header;
            try {
                header = in.readInt();
            } catch (EOFException e) {
                throw new IOException("access package cut off before its final chunk", e);
            }
            boolean last = (header & FINAL) != 0;
            int length = header & ~FINAL;
            if (length > CHUNK + TAG_BITS / 8) {
                throw new IOException("access package chunk too large");
            }
            byte[] sealed = in.readNBytes(length);
            if (sealed.length != length) {
                throw new IOException("access package chunk cut off");
            }
            plain = decrypt(key, prefix, associatedData, counter++, last, sealed, length);
            position = 0;
            finished = last;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
