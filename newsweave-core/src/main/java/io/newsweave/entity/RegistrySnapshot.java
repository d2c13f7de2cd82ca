package io.newsweave.entity;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;

/**
 * A saved {@link EntityRegistry}: {@code <data>/entities.snapshot}, the state a replay of the
 * journal up to a position gives, with that position and the number of articles it covers, so
 * that opening a store replays only the journal's tail. Written atomically (temporary file,
 * forced to disk, then moved over the old one), so a crash at any point leaves the old snapshot
 * or the new one, either of which plus its tail replays to the same registry as a full replay.
 * Binary: magic, version, position, article count, the registry's tables in their order (entity
 * ids elsewhere than in the entity table written as their index in it), and a CRC-32 of all of it; a missing, truncated, corrupt or foreign-version file reads as absent
 * (the caller replays everything). Stateless; writers need no lock (each writes its own temporary file).
 */
public final class RegistrySnapshot {

    /** The file name under the data directory. */
    public static final String FILE = "entities.snapshot";

    private static final int MAGIC = 0x4e57_4553; // NWES
    private static final int VERSION = 4;
    private static final System.Logger LOG = System.getLogger(RegistrySnapshot.class.getName());

    /**
     * A registry read back, with what it covers.
     *
     * @param registry the registry, ready to resolve and to replay the tail into
     * @param position the journal position it covers ({@code 0} for an empty registry)
     * @param articles how many articles the journal held up to that position
     */
    public record Loaded(EntityRegistry registry, long position, long articles) {
    }

    /** The articles stored at or after a journal position, in order; returns the position reached. */
    @FunctionalInterface
    public interface Journal {
        long replay(long from, ArticleVisitor each) throws IOException;
    }

    /** Receives one stored article. */
    @FunctionalInterface
    public interface ArticleVisitor {
        void visit(io.newsweave.model.Article article) throws IOException;
    }

    private RegistrySnapshot() {
    }

    /**
     * The registry of a data directory: its snapshot (see {@link #read}) plus the replay of the
     * journal past it, saved as the new snapshot when the tail was not empty (a failed save is
     * logged and otherwise ignored: the next open replays more).
     *
     * @param storedArticles how many articles the store holds, to reject a foreign snapshot
     */
    public static Loaded open(Path dataDir, long storedArticles, Journal journal) throws IOException {
        Loaded loaded = read(dataDir, storedArticles);
        EntityRegistry registry = loaded.registry();
        long[] articles = {loaded.articles()};
        long end = journal.replay(loaded.position(), article -> {
            registry.observe(article);
            articles[0]++;
        });
        if (end != loaded.position()) {
            try {
                write(dataDir, registry, end, articles[0]);
            } catch (IOException e) {
                LOG.log(System.Logger.Level.WARNING, "could not save {0}: {1}", dataDir.resolve(FILE), e.toString());
            }
        }
        return new Loaded(registry, end, articles[0]);
    }

    /**
     * The snapshot of {@code dataDir}; an empty registry at position 0 when there is none, and
     * also, with a warning to the {@code System.Logger}, when it cannot be read or covers more
     * articles than {@code storedArticles} (a snapshot from another journal).
     */
    public static Loaded read(Path dataDir, long storedArticles) {
        Path file = dataDir.resolve(FILE);
        try (InputStream raw = Files.newInputStream(file)) {
            byte[] bytes = raw.readAllBytes();
            Loaded loaded = decode(bytes);
            if (loaded.articles() > storedArticles) {
                LOG.log(System.Logger.Level.WARNING, "{0} covers {1} articles but the store holds {2}; replaying the whole journal",
                        file, loaded.articles(), storedArticles);
                return empty();
            }
            return loaded;
        } catch (NoSuchFileException e) {
            return empty();
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "{0} is unreadable ({1}); replaying the whole journal", file, e.toString());
            return empty();
        }
    }

    private static Loaded empty() {
        return new Loaded(new EntityRegistry(), 0, 0);
    }

    /** Saves {@code registry} as covering the journal up to {@code position} ({@code articles} articles), atomically. */
    /**
     * Saves {@code registry}, the state a replay of the journal up to {@code position} gives
     * ({@code articles} articles), as the data directory's snapshot. Each save goes through its own
     * temporary file ({@link io.newsweave.store.SnapshotOutput#replace}), so processes saving at
     * once leave one whole snapshot, either of which is right for its position.
     */
    public static void write(Path dataDir, EntityRegistry registry, long position, long articles) throws IOException {
        io.newsweave.store.SnapshotOutput.replace(dataDir.resolve(FILE), encode(registry, position, articles));
    }

    static byte[] encode(EntityRegistry registry, long position, long articles) throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream(1 << 16);
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(buffer))) {
            out.writeInt(MAGIC);
            out.writeInt(VERSION);
            out.writeLong(position);
            out.writeLong(articles);
            Map<String, Integer> index = new java.util.HashMap<>(registry.byId.size() * 2);
            for (String id : registry.byId.keySet()) {
                index.put(id, index.size());
            }
            out.writeInt(registry.byId.size());
            for (Entity e : registry.byId.values()) {
                writeString(out, e.id());
                out.writeByte(e.type().ordinal());
                writeString(out, e.name());
                out.writeInt(e.mentions());
                out.writeInt(e.variants().size());
                for (Map.Entry<String, Map<String, Integer>> v : e.variants().entrySet()) {
                    writeString(out, v.getKey());
                    out.writeInt(v.getValue().size());
                    for (Map.Entry<String, Integer> l : v.getValue().entrySet()) {
                        writeString(out, l.getKey());
                        out.writeInt(l.getValue());
                    }
                }
                out.writeInt(e.context().size());
                for (String c : e.context()) {
                    writeId(out, c, index);
                }
            }
            out.writeInt(registry.byKey.size());
            for (Map.Entry<String, String> k : registry.byKey.entrySet()) {
                writeString(out, k.getKey());
                writeId(out, k.getValue(), index);
            }
            out.writeInt(registry.personWords.size());
            for (Map.Entry<String, String[]> p : registry.personWords.entrySet()) {
                writeId(out, p.getKey(), index);
                out.writeInt(p.getValue().length);
                for (String w : p.getValue()) {
                    writeString(out, w);
                }
            }
            out.writeInt(registry.bySound.size());
            for (Map.Entry<String, List<String>> s : registry.bySound.entrySet()) {
                writeString(out, s.getKey());
                out.writeInt(s.getValue().size());
                for (String id : s.getValue()) {
                    writeId(out, id, index);
                }
            }
            out.writeInt(registry.otherSurnames.size());
            for (Map.Entry<String, String[]> p : registry.otherSurnames.entrySet()) {
                writeId(out, p.getKey(), index);
                out.writeInt(p.getValue().length);
                for (String w : p.getValue()) {
                    writeString(out, w);
                }
            }
        }
        CRC32 crc = new CRC32();
        crc.update(buffer.toByteArray());
        new DataOutputStream(buffer).writeLong(crc.getValue());
        return buffer.toByteArray();
    }

    /** A string of any length (writeUTF stops at 64 KB), as its UTF-8 length and bytes. */
    private static void writeString(DataOutputStream out, String s) throws IOException {
        byte[] bytes = s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static String readString(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > in.available()) {
            throw new IOException("bad string length " + length);
        }
        return new String(in.readNBytes(length), java.nio.charset.StandardCharsets.UTF_8);
    }

    /** An entity id as its index in the entity table, or -1 and the id when it is not registered. */
    private static void writeId(DataOutputStream out, String id, Map<String, Integer> index) throws IOException {
        Integer i = index.get(id);
        out.writeInt(i == null ? -1 : i);
        if (i == null) {
            writeString(out, id);
        }
    }

    private static String readId(DataInputStream in, String[] ids) throws IOException {
        int i = in.readInt();
        return i < 0 ? readString(in) : ids[i];
    }

    static Loaded decode(byte[] bytes) throws IOException {
        if (bytes.length < 8) {
            throw new IOException("truncated");
        }
        CRC32 crc = new CRC32();
        crc.update(bytes, 0, bytes.length - 8);
        long stored = java.nio.ByteBuffer.wrap(bytes, bytes.length - 8, 8).getLong();
        if (stored != crc.getValue()) {
            throw new IOException("checksum mismatch");
        }
        DataInputStream in = new DataInputStream(new BufferedInputStream(new java.io.ByteArrayInputStream(bytes, 0, bytes.length - 8)));
        if (in.readInt() != MAGIC || in.readInt() != VERSION) {
            throw new IOException("not a version " + VERSION + " entity snapshot");
        }
        long position = in.readLong();
        long articles = in.readLong();
        EntityRegistry registry = new EntityRegistry();
        EntityType[] types = EntityType.values();
        String[] ids = new String[in.readInt()];
        List<Entity> entities = new ArrayList<>(ids.length);
        List<int[]> contexts = new ArrayList<>(ids.length);
        List<String[]> names = new ArrayList<>(ids.length);
        for (int n = 0; n < ids.length; n++) {
            Entity e = new Entity(readString(in), types[in.readByte()], readString(in));
            ids[n] = e.id();
            e.restoreMentions(in.readInt());
            for (int v = in.readInt(); v > 0; v--) {
                String variant = readString(in);
                for (int l = in.readInt(); l > 0; l--) {
                    e.restore(variant, readString(in), in.readInt());
                }
            }
            int[] context = new int[in.readInt()];
            String[] named = new String[context.length];
            for (int c = 0; c < context.length; c++) {
                context[c] = in.readInt();
                named[c] = context[c] < 0 ? readString(in) : null;
            }
            entities.add(e);
            contexts.add(context);
            names.add(named);
        }
        for (int n = 0; n < ids.length; n++) {
            Entity e = entities.get(n);
            int[] context = contexts.get(n);
            for (int c = 0; c < context.length; c++) {
                e.cooccurs(context[c] < 0 ? names.get(n)[c] : ids[context[c]]);
            }
            registry.byId.put(e.id(), e);
        }
        for (int n = in.readInt(); n > 0; n--) {
            registry.byKey.put(readString(in), readId(in, ids));
        }
        for (int n = in.readInt(); n > 0; n--) {
            String id = readId(in, ids);
            String[] words = new String[in.readInt()];
            for (int w = 0; w < words.length; w++) {
                words[w] = readString(in);
            }
            registry.personWords.put(id, words);
        }
        for (int n = in.readInt(); n > 0; n--) {
            String sound = readString(in);
            List<String> list = new ArrayList<>();
            for (int k = in.readInt(); k > 0; k--) {
                list.add(readId(in, ids));
            }
            registry.bySound.put(sound, list);
        }
        for (int n = in.readInt(); n > 0; n--) {
            String id = readId(in, ids);
            String[] words = new String[in.readInt()];
            for (int w = 0; w < words.length; w++) {
                words[w] = readString(in);
            }
            registry.otherSurnames.put(id, words);
        }
        return new Loaded(registry, position, articles);
    }
}
