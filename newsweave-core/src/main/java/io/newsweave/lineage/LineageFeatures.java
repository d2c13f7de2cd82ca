package io.newsweave.lineage;

import io.newsweave.model.Article;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
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
 *                  are found by (not encoded: only the newcomer's are needed)
 */
public record LineageFeatures(TextSketch sketch, int[] anchors, String url, String source, String published,
                              String language, long[] findBy) {

    private static final int VERSION = 1;

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

    public byte[] encode() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 + 4 * (sketch.minHash().length + anchors.length));
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(VERSION);
            out.writeInt(sketch.shingles());
            for (int v : sketch.minHash()) {
                out.writeInt(v);
            }
            out.writeShort(anchors.length);
            for (int a : anchors) {
                out.writeInt(a);
            }
            writeNullable(out, url);
            writeNullable(out, source);
            writeNullable(out, published);
            out.writeUTF(language);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** The features {@link #encode()} wrote, or {@code null} when the bytes are not such (another version, damage). */
    public static LineageFeatures decode(byte[] data, int offset, int length) {
        try (DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(data, offset, length))) {
            if (in.readByte() != VERSION) {
                return null;
            }
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

    private static void writeNullable(DataOutputStream out, String value) throws IOException {
        out.writeBoolean(value != null);
        if (value != null) {
            out.writeUTF(value.length() > 2000 ? value.substring(0, 2000) : value);
        }
    }

    private static String readNullable(DataInputStream in) throws IOException {
        return in.readBoolean() ? in.readUTF() : null;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LineageFeatures f && f.sketch.equals(sketch) && java.util.Arrays.equals(f.anchors, anchors)
                && Objects.equals(f.url, url) && Objects.equals(f.source, source) && Objects.equals(f.published, published)
                && f.language.equals(language);
    }

    @Override
    public int hashCode() {
        return Objects.hash(sketch, java.util.Arrays.hashCode(anchors), url, source, published, language);
    }

    @Override
    public String toString() {
        return "LineageFeatures[" + sketch + ", " + anchors.length + " anchors, " + language + "]";
    }
}
