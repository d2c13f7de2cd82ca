package io.newsweave.lineage;

import io.newsweave.model.Article;

import java.io.DataInputStream;
import java.io.IOException;
import java.util.Objects;

/**
 * What lineage detection keeps of a stored article, so that a newcomer can be compared with it
 * without reading it: its text sketch, its anchor codes, and the facts a link records of it (URL,
 * outlet, day, language). Kept in the index beside the article ({@link #encode()}). Immutable.
 *
 * @param sketch    the text's shingle sketch
 * @param anchors   its anchors' codes, in text order ({@link Anchors.Sequence#codes()})
 * @param url       its URL, or {@code null}
 * @param source    its outlet, or {@code null}
 * @param published its publication day (ISO), or {@code null}
 * @param language  its language
 * @param findBy    the bands of its anchor set ({@link Anchors.Sequence#bands()}), what translation candidates
 *                  are found by
 */
public record LineageFeatures(TextSketch sketch, int[] anchors, String url, String source, String published,
                              String language, long[] findBy) {

    /** Version 2 adds {@code findBy} and is read without streams; version 1 values decode with none. */
    private static final int VERSION = 2;

    public LineageFeatures {
        Objects.requireNonNull(sketch, "sketch");
        Objects.requireNonNull(anchors, "anchors");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(findBy, "findBy");
    }

    /** The features of {@code article}, its text sketched here. */
    public static LineageFeatures of(Article article) {
        return of(article, TextSketch.of(article.text()));
    }

    /** The features of {@code article} whose text is sketched as {@code sketch}. */
    public static LineageFeatures of(Article article, TextSketch sketch) {
        Anchors.Sequence anchors = anchorsOf(article);
        return new LineageFeatures(sketch, anchors.codes(), article.url(), article.source(),
                article.published().known() ? article.published().date().toString() : null, article.language(),
                anchors.bands());
    }

    /** The anchors of {@code article}. */
    public static Anchors.Sequence anchorsOf(Article article) {
        return Anchors.of(article.text(), article.mentions(), article.timexes());
    }

    /** The side a link records of the article with these features. */
    public LineageLink.Side side(String id, long seq) {
        return new LineageLink.Side(id, seq, url, source, published, language);
    }

    /**
     * These features as bytes (version 2): the sketch, the anchors, URL, outlet, day and language
     * (UTF-8, a length before each; -1 for none; the URL cut at {@value #MAX_TEXT} characters), and
     * the anchor bands.
     */
    public byte[] encode() {
        byte[][] texts = {utf8(url), utf8(source), utf8(published), utf8(language)};
        int size = 1 + 4 + 4 * sketch.minHash().length + 2 + 4 * anchors.length + 1 + 8 * findBy.length;
        for (byte[] t : texts) {
            size += 4 + (t == null ? 0 : t.length);
        }
        java.nio.ByteBuffer out = java.nio.ByteBuffer.allocate(size);
        out.put((byte) VERSION).putInt(sketch.shingles());
        for (int v : sketch.minHash()) {
            out.putInt(v);
        }
        out.putShort((short) anchors.length);
        for (int a : anchors) {
            out.putInt(a);
        }
        for (byte[] t : texts) {
            out.putInt(t == null ? -1 : t.length);
            if (t != null) {
                out.put(t);
            }
        }
        out.put((byte) findBy.length);
        for (long band : findBy) {
            out.putLong(band);
        }
        return out.array();
    }

    /** Characters of a URL or outlet kept. */
    private static final int MAX_TEXT = 2000;

    private static byte[] utf8(String value) {
        return value == null ? null
                : (value.length() > MAX_TEXT ? value.substring(0, MAX_TEXT) : value).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The features {@link #encode()} wrote, or {@code null} when the bytes are not such (another version, damage). */
    public static LineageFeatures decode(byte[] data, int offset, int length) {
        if (length < 1) {
            return null;
        }
        if (data[offset] == 1) {
            return decodeFirst(data, offset, length);
        }
        if (data[offset] != VERSION) {
            return null;
        }
        try {
            java.nio.ByteBuffer in = java.nio.ByteBuffer.wrap(data, offset + 1, length - 1);
            int shingles = in.getInt();
            int[] minHash = new int[shingles == 0 ? 0 : TextSketch.HASHES];
            for (int i = 0; i < minHash.length; i++) {
                minHash[i] = in.getInt();
            }
            int[] anchors = new int[Short.toUnsignedInt(in.getShort())];
            if (anchors.length > Anchors.MAX) {
                return null;
            }
            for (int i = 0; i < anchors.length; i++) {
                anchors[i] = in.getInt();
            }
            String url = text(in);
            String source = text(in);
            String published = text(in);
            String language = text(in);
            long[] findBy = new long[Byte.toUnsignedInt(in.get())];
            if (language == null || findBy.length > Anchors.SET_BANDS) {
                return null;
            }
            for (int i = 0; i < findBy.length; i++) {
                findBy[i] = in.getLong();
            }
            return new LineageFeatures(new TextSketch(shingles, minHash), anchors, url, source, published, language, findBy);
        } catch (java.nio.BufferUnderflowException | IllegalArgumentException e) {
            return null;
        }
    }

    private static String text(java.nio.ByteBuffer in) {
        int n = in.getInt();
        if (n == -1) {
            return null;
        }
        if (n < 0 || n > in.remaining()) {
            throw new IllegalArgumentException("a text of " + n + " bytes");
        }
        String value = new String(in.array(), in.arrayOffset() + in.position(), n, java.nio.charset.StandardCharsets.UTF_8);
        in.position(in.position() + n);
        return value;
    }

    /** Version 1 (written before the anchor bands were kept): read with {@link DataInputStream}, no anchor bands. */
    private static LineageFeatures decodeFirst(byte[] data, int offset, int length) {
        try (DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(data, offset, length))) {
            in.readByte();
            int shingles = in.readInt();
            int[] minHash = new int[shingles == 0 ? 0 : TextSketch.HASHES];
            for (int i = 0; i < minHash.length; i++) {
                minHash[i] = in.readInt();
            }
            int[] anchors = new int[in.readUnsignedShort()];
            if (anchors.length > Anchors.MAX) {
                return null;
            }
            for (int i = 0; i < anchors.length; i++) {
                anchors[i] = in.readInt();
            }
            String url = readNullable(in);
            String source = readNullable(in);
            String published = readNullable(in);
            String language = in.readUTF();
            return new LineageFeatures(new TextSketch(shingles, minHash), anchors, url, source, published, language, new long[0]);
        } catch (IOException | IllegalArgumentException e) {
            return null;
        }
    }

    private static String readNullable(DataInputStream in) throws IOException {
        return in.readBoolean() ? in.readUTF() : null;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LineageFeatures f && f.sketch.equals(sketch) && java.util.Arrays.equals(f.anchors, anchors)
                && java.util.Arrays.equals(f.findBy, findBy)
                && Objects.equals(f.url, url) && Objects.equals(f.source, source) && Objects.equals(f.published, published)
                && f.language.equals(language);
    }

    @Override
    public int hashCode() {
        return Objects.hash(sketch, java.util.Arrays.hashCode(anchors), url, source, published, language,
                java.util.Arrays.hashCode(findBy));
    }

    @Override
    public String toString() {
        return "LineageFeatures[" + sketch + ", " + anchors.length + " anchors, " + language + "]";
    }
}
