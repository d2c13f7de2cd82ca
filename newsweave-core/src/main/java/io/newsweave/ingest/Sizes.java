package io.newsweave.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Locale;

/** Bounded reading and the wording of sizes in rejection reasons. */
final class Sizes {

    private Sizes() {
    }

    /** {@code 52,428,800 bytes}. */
    static String bytes(long n) {
        return String.format(Locale.ROOT, "%,d bytes", n);
    }

    /** {@code 8 MiB}, {@code 512 KiB}, or {@code 1,000 bytes} when not a round binary size. */
    static String limit(long n) {
        if (n >= 1 << 20 && n % (1 << 20) == 0) {
            return String.format(Locale.ROOT, "%,d MiB", n >> 20);
        }
        if (n >= 1 << 10 && n % (1 << 10) == 0) {
            return String.format(Locale.ROOT, "%,d KiB", n >> 10);
        }
        return bytes(n);
    }

    /**
     * The reason for a document over the limit: {@code page of 52,428,800 bytes exceeds the 8 MiB
     * limit}, or {@code page of more than 8,388,608 bytes ...} when the full size is unknown.
     */
    static String tooLarge(String what, long size, long limit) {
        String amount = size > limit ? bytes(size) : "more than " + bytes(limit);
        return what + " of " + amount + " exceeds the " + limit(limit) + " limit";
    }

    /**
     * Reads {@code in} to its end if it holds at most {@code limit} bytes; otherwise stops after
     * {@code limit + 1} bytes and returns {@code null}, never holding more than that.
     */
    static byte[] readAtMost(InputStream in, long limit) throws IOException {
        int cap = (int) Math.min(limit + 1, IngestConfig.MAX_LIMIT + 1);
        byte[] buffer = new byte[Math.min(cap, 64 * 1024)];
        int length = 0;
        while (true) {
            if (length == buffer.length) {
                if (length == cap) {
                    return null;
                }
                buffer = Arrays.copyOf(buffer, (int) Math.min(cap, (long) length * 2));
            }
            int n = in.read(buffer, length, buffer.length - length);
            if (n < 0) {
                return length == buffer.length ? buffer : Arrays.copyOf(buffer, length);
            }
            length += n;
        }
    }

    /**
     * Reads a whole input of at most {@code limit} bytes; when it is larger or unreadable, rejects
     * it through {@code sink} (naming it a {@code what}) and returns {@code null}.
     */
    static byte[] readWhole(Input in, String what, long limit, Delivery sink) {
        if (in.size() > limit) {
            sink.reject(in.reject(-1, tooLarge(what, in.size(), limit)));
            return null;
        }
        byte[] bytes;
        try {
            bytes = readAtMost(in.stream(), limit);
        } catch (IOException e) {
            sink.reject(in.reject(-1, "read failed: " + Readers.describe(e)));
            return null;
        }
        if (bytes == null) {
            sink.reject(in.reject(limit, tooLarge(what, in.size(), limit)));
        }
        return bytes;
    }
}
