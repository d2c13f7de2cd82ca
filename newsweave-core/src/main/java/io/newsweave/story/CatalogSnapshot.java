package io.newsweave.story;

import io.newsweave.entity.EntityAliases;
import io.newsweave.entity.EntityRegistry;
import io.newsweave.entity.EntityTally;
import io.newsweave.store.SnapshotInput;
import io.newsweave.store.SnapshotOutput;
import io.newsweave.store.Store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.zip.CRC32;

/**
 * A saved {@link ReadModel} catalog: {@code <data>/catalog.snapshot}, the stories and the
 * store-wide entity tally that reading the journal up to a position gives, with that position,
 * so that opening a store for {@code stories}, {@code entities} or {@code serve} reads the snapshot
 * and only the journal past it. Binary ({@link SnapshotOutput}): magic, version, the journal
 * position and article count it covers, the store's merge count, a checksum of the data
 * directory's {@code aliases.txt}, the id of the last article it covers, then the catalog and the
 * tally, and a CRC-32 of all of it. It reads as absent (the caller reads the whole journal) when
 * it is missing, damaged, of another version, or stale: the store has recorded a merge since, the
 * aliases changed, it covers more articles than the store holds, or its last article is not in
 * the store. Stateless.
 */
final class CatalogSnapshot {

    /** The file name under the data directory. */
    static final String FILE = "catalog.snapshot";

    private static final long MAGIC = 0x4e57_4353L; // NWCS
    private static final int VERSION = 2;
    /** Larger files are not read: reading the journal is then the safer way. */
    private static final long MAX_BYTES = 1L << 30;
    private static final System.Logger LOG = System.getLogger(CatalogSnapshot.class.getName());

    /**
     * A catalog read back, with what it covers.
     *
     * @param catalog  the stories
     * @param entities the store-wide tally (stories mentioning each entity)
     * @param position the journal position it covers
     * @param articles how many articles it covers
     * @param lastId   the id of the last of them
     */
    record Loaded(StoryCatalog catalog, EntityTally entities, long position, long articles, String lastId) {
    }

    private CatalogSnapshot() {
    }

    /** A fingerprint of the data directory's {@code aliases.txt} ({@code 0} without one), to take before loading the aliases. */
    static long aliasesStamp(Path dataDir) throws IOException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(dataDir.resolve(EntityAliases.FILE));
        } catch (NoSuchFileException e) {
            return 0;
        }
        CRC32 crc = new CRC32();
        crc.update(bytes);
        return crc.getValue() + 1;
    }

    /**
     * The snapshot of {@code store}'s data directory if it is usable (see the class comment),
     * else {@code null}; a damaged file is logged, never thrown.
     *
     * @param registry names and types for the tally's entities ({@code null}: none)
     */
    static Loaded read(Store store, long aliasesStamp, EntityAliases aliases, EntityRegistry registry) {
        Path file = store.dir().resolve(FILE);
        try {
            SnapshotInput in = SnapshotInput.open(file, MAX_BYTES);
            if (in == null) {
                if (Files.exists(file)) {
                    LOG.log(System.Logger.Level.WARNING, "{0}: damaged (checksum or size); the journal is read instead", file);
                }
                return null;
            }
            if (in.readLong() != MAGIC || in.readInt() != VERSION) {
                LOG.log(System.Logger.Level.INFO, "{0}: another format or version; the journal is read instead", file);
                return null;
            }
            long position = in.readLong();
            long articles = in.readLong();
            int merges = in.readInt();
            long stamp = in.readLong();
            String lastId = in.readString();
            boolean stale = merges != store.mergeCount() || stamp != aliasesStamp || articles > store.size()
                    || articles < 0 || position < 0 || (articles > 0) != (lastId != null)
                    || lastId != null && !store.contains(lastId);
            if (stale) {
                return null;
            }
            StoryCatalog catalog = StoryCatalog.read(in, aliases);
            EntityTally entities = EntityTally.read(in, aliases, registry);
            if (!in.atEnd()) {
                throw new SnapshotInput.Corrupt("bytes left after the tally");
            }
            return new Loaded(catalog, entities, position, articles, lastId);
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "{0}: not read ({1}); the journal is read instead", file, e.toString());
            return null;
        }
    }

    /** Saves the state of a model that read {@code articles} articles up to journal {@code position}. */
    static void write(Store store, int merges, long aliasesStamp, long position, long articles, String lastId,
                      StoryCatalog catalog, EntityTally entities) throws IOException {
        SnapshotOutput out = new SnapshotOutput();
        out.writeLong(MAGIC);
        out.writeInt(VERSION);
        out.writeLong(position);
        out.writeLong(articles);
        out.writeInt(merges);
        out.writeLong(aliasesStamp);
        out.writeString(lastId);
        catalog.write(out);
        entities.write(out);
        out.save(store.dir().resolve(FILE));
    }
}
