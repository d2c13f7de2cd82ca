package io.newsweave.model;

import java.util.Objects;

/**
 * An input, or part of one, that newsweave refused, with its place and the reason. Rejections are
 * reported to the user, written to the quarantine, and never stop the rest of the stream.
 *
 * @param origin the input and the line or record
 * @param offset byte offset inside the input where the problem was found, or -1 when unknown
 * @param reason a sentence a user can act on ("not valid JSON: Unexpected character ...")
 * @param sample the first bytes of the offending input for the quarantine (may be empty, never null)
 */
public record Rejection(Origin origin, long offset, String reason, byte[] sample) implements java.io.Serializable {

    /** Bytes kept in the quarantine for one rejected input. */
    static final int MAX_SAMPLE = 1 << 20;

    public Rejection {
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(reason, "reason");
        sample = sample == null ? new byte[0]
                : sample.length > MAX_SAMPLE ? java.util.Arrays.copyOf(sample, MAX_SAMPLE) : sample;
    }

    public Rejection(Origin origin, String reason) {
        this(origin, -1, reason, null);
    }

    /** {@code origin[ at byte offset]: reason}, the line printed to the user. */
    public String message() {
        return origin + (offset >= 0 ? " at byte " + offset : "") + ": " + reason;
    }
}
