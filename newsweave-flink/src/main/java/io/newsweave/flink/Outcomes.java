package io.newsweave.flink;

import io.newsweave.pipeline.Outcome;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;

/**
 * Outcomes to and from bytes, with Java serialization (the core's records are
 * {@link java.io.Serializable}): what travels between the operators and what the placement
 * keeps in Flink state. Kryo is not used: it cannot be trusted with records on every JDK.
 */
final class Outcomes {

    private Outcomes() {
    }

    static byte[] toBytes(Outcome outcome) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(8192);
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(outcome);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot serialize the outcome of " + origin(outcome), e);
        }
        return bytes.toByteArray();
    }

    static Outcome fromBytes(byte[] bytes) {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
            return (Outcome) in.readObject();
        } catch (IOException | ClassNotFoundException e) {
            throw new IllegalStateException("cannot read a serialized outcome (" + bytes.length + " bytes): " + e, e);
        }
    }

    private static String origin(Outcome outcome) {
        return switch (outcome) {
            case Outcome.Fresh f -> f.raw().origin().toString();
            case Outcome.Duplicate d -> d.origin().toString();
            case Outcome.Rejected r -> r.rejection().origin().toString();
        };
    }
}
