package de.thwien.dsr.subjectindex.access.archive;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;

/**
 * AES-GCM in independent chunks, so that neither encrypting nor decrypting a large package needs
 * it in memory (a single GCM message must be decrypted whole before any byte may be used).
 *
 * <p>Format: magic {@code DSRP1}, an 8-byte random nonce prefix, then chunks of
 * {@code [int length | ciphertext+tag]}. A chunk's nonce is prefix + chunk counter; its associated
 * data is the caller's (e.g. the package id) + counter + a final-chunk flag, so chunks can be
 * neither reordered, dropped, nor cut off at the end. The final chunk's length has the top bit set.
 */
public final class ChunkedGcm {

    static final int CHUNK = 64 * 1024;
    private static final byte[] MAGIC = {'D', 'S', 'R', 'P', '1'};
    private static final int TAG_BITS = 128;
    private static final int FINAL = 0x8000_0000;
    private static final SecureRandom RANDOM = new SecureRandom();

    private ChunkedGcm() {
    }

    public static OutputStream encrypting(OutputStream sink, SecretKey key, byte[] associatedData) throws IOException {
        byte[] prefix = new byte[8];
        RANDOM.nextBytes(prefix);
        sink.write(MAGIC);
        sink.write(prefix);
        return new EncryptingStream(sink, key, prefix, associatedData);
    }

    public static InputStream decrypting(InputStream source, SecretKey key, byte[] associatedData) throws IOException {
        DataInputStream in = new DataInputStream(source);
        byte[] magic = in.readNBytes(MAGIC.length);
        if (!Arrays.equals(magic, MAGIC)) {
            throw new IOException("not an encrypted access package");
        }
        byte[] prefix = in.readNBytes(8);
        if (prefix.length != 8) {
            throw new IOException("truncated access package");
        }
        return new DecryptingStream(in, key, prefix, associatedData);
    }

    private static byte[] crypt(int mode, SecretKey key, byte[] prefix, byte[] associatedData, long counter,
            boolean last, byte[] data, int length) throws IOException {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            byte[] nonce = ByteBuffer.allocate(12).put(prefix).putInt((int) counter).array();
            cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(ByteBuffer.allocate(associatedData.length + 9).put(associatedData).putLong(counter)
                    .put((byte) (last ? 1 : 0)).array());
            return cipher.doFinal(data, 0, length);
        } catch (GeneralSecurityException e) {
            throw new IOException("access package chunk " + counter + " could not be "
                    + (mode == Cipher.ENCRYPT_MODE ? "encrypted" : "decrypted"), e);
        }
    }

    private static final class EncryptingStream extends FilterOutputStream {
        private final SecretKey key;
        private final byte[] prefix;
        private final byte[] associatedData;
        private final byte[] buffer = new byte[CHUNK];
        private int filled;
        private long counter;
        private boolean closed;

        EncryptingStream(OutputStream sink, SecretKey key, byte[] prefix, byte[] associatedData) {
            super(sink);
            this.key = key;
            this.prefix = prefix;
            this.associatedData = associatedData.clone();
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] data, int offset, int length) throws IOException {
            while (length > 0) {
                if (filled == CHUNK) {
                    emit(false); // only once more data follows do we know this chunk is not the last
                }
                int taken = Math.min(length, CHUNK - filled);
                System.arraycopy(data, offset, buffer, filled, taken);
                filled += taken;
                offset += taken;
                length -= taken;
            }
        }

        private void emit(boolean last) throws IOException {
            byte[] sealed = crypt(Cipher.ENCRYPT_MODE, key, prefix, associatedData, counter++, last, buffer, filled);
            out.write(ByteBuffer.allocate(4).putInt(last ? sealed.length | FINAL : sealed.length).array());
            out.write(sealed);
            filled = 0;
        }

        @Override
        public void close() throws IOException {
            if (!closed) {
                closed = true;
                emit(true);
                out.close();
            }
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
            plain = crypt(Cipher.DECRYPT_MODE, key, prefix, associatedData, counter++, last, sealed, length);
            position = 0;
            finished = last;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }

    /** Whole-buffer helpers for small contents and tests. */
    static byte[] encrypt(byte[] plain, SecretKey key, byte[] associatedData) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStream encrypting = encrypting(out, key, associatedData)) {
            encrypting.write(plain);
        }
        return out.toByteArray();
    }
}
