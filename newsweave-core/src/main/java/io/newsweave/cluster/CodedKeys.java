package io.newsweave.cluster;

import org.apache.commons.codec.digest.MurmurHash3;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An article's features (see {@link ArticleFeatures}) as 64-bit codes, the form the clustering compares
 * many candidates in: the distinct keys, the language key apart, sorted by code, each with its
 * count (how many times it is listed), and the language key's code. A code holds the key's
 * {@link Channel} in its top four bits and 60 bits of the key's MurmurHash3 below, so codes sort
 * by channel and two articles are compared by walking both arrays once. Two keys of one channel
 * share a code with probability about 2^-60 per pair; the similarity would then count them as one
 * key. The key texts stay reachable, in code order, for what needs them (document frequencies
 * from the index); a decoded record reads them only when asked. Immutable; thread-safe.
 */
public final class CodedKeys {

    private static final int CHANNEL_SHIFT = 60;
    private static final long HASH_MASK = (1L << CHANNEL_SHIFT) - 1;
    private static final byte FORMAT = 1;
    /** Format byte, key count, language code, length of the key texts. */
    private static final int HEADER = 1 + 4 + 8 + 4;
    private static final CodedKeys EMPTY = new CodedKeys(new long[0], new int[0], 0, List.of(), null, 0, 0);

    private final long[] codes;
    private final int[] counts;
    private final long language;
    /** Key texts in code order, or null until decoded from {@link #source}. */
    private volatile List<String> texts;
    private final byte[] source;
    private final int textsAt;
    private final int textsEnd;

    private CodedKeys(long[] codes, int[] counts, long language, List<String> texts, byte[] source, int textsAt, int textsEnd) {
        this.codes = codes;
        this.counts = counts;
        this.language = language;
        this.texts = texts;
        this.source = source;
        this.textsAt = textsAt;
        this.textsEnd = textsEnd;
    }

    /** The code of a key: its channel and a hash of its text. */
    public static long code(String key) {
        byte[] bytes = key.getBytes(StandardCharsets.UTF_8);
        long hash = MurmurHash3.hash128x64(bytes, 0, bytes.length, 0)[0];
        return (long) Channel.of(key).ordinal() << CHANNEL_SHIFT | hash & HASH_MASK;
    }

    /** The channel of a code. */
    static Channel channel(long code) {
        return CHANNELS[(int) (code >>> CHANNEL_SHIFT)];
    }

    private static final Channel[] CHANNELS = Channel.values();

    /** The coded form of a feature list (repeats anywhere in it are counted). */
    public static CodedKeys of(List<String> keys) {
        if (keys.isEmpty()) {
            return EMPTY;
        }
        Map<String, Integer> distinct = new LinkedHashMap<>(keys.size() * 2);
        String languageKey = null;
        for (String key : keys) {
            if (Channel.of(key) == Channel.LANGUAGE) {
                languageKey = key;
            } else {
                distinct.merge(key, 1, Integer::sum);
            }
        }
        int n = distinct.size();
        long[] unsorted = new long[n];
        String[] text = new String[n];
        int[] count = new int[n];
        int i = 0;
        for (Map.Entry<String, Integer> e : distinct.entrySet()) {
            unsorted[i] = code(e.getKey());
            text[i] = e.getKey();
            count[i] = e.getValue();
            i++;
        }
        Integer[] order = new Integer[n];
        for (i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> unsorted[a] != unsorted[b] ? Long.compare(unsorted[a], unsorted[b]) : text[a].compareTo(text[b]));
        long[] codes = new long[n];
        int[] counts = new int[n];
        List<String> texts = new ArrayList<>(n);
        for (i = 0; i < n; i++) {
            codes[i] = unsorted[order[i]];
            counts[i] = count[order[i]];
            texts.add(text[order[i]]);
        }
        return new CodedKeys(codes, counts, languageKey == null ? 0 : code(languageKey), List.copyOf(texts), null, 0, 0);
    }

    /**
     * The keys of {@code parts} in the channels {@code channels}, each counted as often as all
     * parts together count it, without a language: what a group of articles says, as one record.
     * A key's text is taken from the first part that has it.
     */
    static CodedKeys summed(List<CodedKeys> parts, java.util.Set<Channel> channels) {
        int k = parts.size();
        int total = 0;
        for (CodedKeys p : parts) {
            total += p.size();
        }
        long[] codes = new long[total];
        int[] counts = new int[total];
        List<String> texts = new ArrayList<>();
        int[] at = new int[k];
        int distinct = 0;
        while (true) { // a k-way merge of the parts' sorted codes
            int min = -1;
            long least = 0;
            for (int p = 0; p < k; p++) {
                CodedKeys part = parts.get(p);
                while (at[p] < part.codes.length && !channels.contains(channel(part.codes[at[p]]))) {
                    at[p]++;
                }
                if (at[p] < part.codes.length && (min < 0 || part.codes[at[p]] < least)) {
                    min = p;
                    least = part.codes[at[p]];
                }
            }
            if (min < 0) {
                break;
            }
            CodedKeys part = parts.get(min);
            if (distinct > 0 && codes[distinct - 1] == least) {
                counts[distinct - 1] += part.counts[at[min]];
            } else {
                codes[distinct] = least;
                counts[distinct] = part.counts[at[min]];
                texts.add(part.text(at[min]));
                distinct++;
            }
            at[min]++;
        }
        return new CodedKeys(Arrays.copyOf(codes, distinct), Arrays.copyOf(counts, distinct), 0, List.copyOf(texts), null, 0, 0);
    }

    /** How many distinct keys (the language apart). */
    public int size() {
        return codes.length;
    }

    /** True when one of these keys has {@code code}. */
    public boolean contains(long code) {
        return Arrays.binarySearch(codes, code) >= 0;
    }

    public long code(int i) {
        return codes[i];
    }

    int count(int i) {
        return counts[i];
    }

    /** The language key's code, 0 when the article has none. */
    long language() {
        return language;
    }

    /** The text of the {@code i}-th key. */
    public String text(int i) {
        return texts().get(i);
    }

    /** The key texts in code order. */
    public List<String> texts() {
        List<String> t = texts;
        if (t == null) {
            t = decodeTexts();
            texts = t;
        }
        return t;
    }

    private List<String> decodeTexts() {
        List<String> out = new ArrayList<>(codes.length);
        int start = textsAt;
        for (int i = textsAt; i <= textsEnd; i++) {
            if (i == textsEnd || source[i] == '\n') {
                out.add(new String(source, start, i - start, StandardCharsets.UTF_8));
                start = i + 1;
            }
        }
        if (out.size() != codes.length) {
            throw new IllegalStateException("coded keys: " + codes.length + " codes but " + out.size() + " texts");
        }
        return List.copyOf(out);
    }

    /**
     * This record as bytes: a format byte, the count of keys, the codes, the counts, the language's
     * code, the length of what follows, then the key texts in code order separated by newlines
     * (keys hold none).
     */
    public byte[] encode() {
        List<String> t = texts();
        byte[][] text = new byte[t.size()][];
        int textBytes = 0;
        for (int i = 0; i < text.length; i++) {
            if (t.get(i).indexOf('\n') >= 0) {
                throw new IllegalArgumentException("a feature key holds a newline: " + t.get(i).strip());
            }
            text[i] = t.get(i).getBytes(StandardCharsets.UTF_8);
            textBytes += text[i].length + 1;
        }
        int textLength = Math.max(0, textBytes - 1);
        java.nio.ByteBuffer out = java.nio.ByteBuffer.allocate(HEADER + codes.length * 12 + textLength);
        out.put(FORMAT).putInt(codes.length);
        for (long c : codes) {
            out.putLong(c);
        }
        for (int c : counts) {
            out.putInt(c);
        }
        out.putLong(language).putInt(textLength);
        for (int i = 0; i < text.length; i++) {
            if (i > 0) {
                out.put((byte) '\n');
            }
            out.put(text[i]);
        }
        return Arrays.copyOf(out.array(), out.position());
    }

    /**
     * Reads what {@link #encode} wrote from {@code bytes[offset, offset + length)} (copied: the
     * caller may reuse its buffer); the texts are decoded when first asked for.
     *
     * @throws IllegalArgumentException when the bytes are not such a record
     */
    public static CodedKeys decode(byte[] bytes, int offset, int length) {
        if (length < HEADER || bytes[offset] != FORMAT) {
            throw new IllegalArgumentException("not a coded key record (" + length + " bytes)");
        }
        java.nio.ByteBuffer in = java.nio.ByteBuffer.wrap(bytes, offset, length);
        in.get();
        int n = in.getInt();
        if (n < 0 || HEADER + 12L * n > length) {
            throw new IllegalArgumentException("coded key record too short for " + n + " keys (" + length + " bytes)");
        }
        long[] codes = new long[n];
        int[] counts = new int[n];
        for (int i = 0; i < n; i++) {
            codes[i] = in.getLong();
        }
        for (int i = 0; i < n; i++) {
            counts[i] = in.getInt();
        }
        long language = in.getLong();
        int textLength = in.getInt();
        int textsAt = in.position() - offset;
        if (textLength != length - textsAt || textLength < 0 || n == 0 && textLength != 0) {
            throw new IllegalArgumentException("coded key record of " + length + " bytes announces " + textLength + " bytes of key text");
        }
        byte[] copy = Arrays.copyOfRange(bytes, offset, offset + length);
        return new CodedKeys(codes, counts, language, n == 0 ? List.of() : null, copy, textsAt, length);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CodedKeys other && language == other.language && Arrays.equals(codes, other.codes)
                && Arrays.equals(counts, other.counts) && texts().equals(other.texts());
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(codes) * 31 + Long.hashCode(language);
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("CodedKeys[");
        for (int i = 0; i < codes.length; i++) {
            s.append(i == 0 ? "" : " ").append(text(i)).append(counts[i] > 1 ? "x" + counts[i] : "");
        }
        return s.append(language != 0 ? " +language" : "").append(']').toString();
    }
}
