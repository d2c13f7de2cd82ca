package io.newsweave.pipeline;

import io.newsweave.cluster.CodedKeys;
import io.newsweave.cluster.StoryProfile;
import io.newsweave.store.ArticleIndex;
import io.newsweave.store.Store;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The profiles of the stories the ordered step meets ({@link StoryProfile}): for each, the
 * features of its last {@value StoryProfile#MEMBERS} articles by arrival, kept for the
 * {@value #CACHED} stories met most recently and read again from the index (plus the articles it
 * cannot see yet) for the others. A profile is a function of a story's stored articles alone, so
 * a story's profile is the same whether it was kept since its first article or read back after a
 * restart. Not thread-safe.
 */
final class StoryProfiles {

    static final int CACHED = 1_000;

    /** A member: its arrival number and its features in the profile's channels. */
    private record Member(long seq, CodedKeys keys) {
        static Member of(long seq, CodedKeys keys) {
            return new Member(seq, StoryProfile.channelsOf(keys));
        }
    }

    /** A story's last members, oldest first, and its profile once built (null until asked for again after a change). */
    private static final class Kept {
        final ArrayDeque<Member> members = new ArrayDeque<>();
        StoryProfile profile;
    }

    private final Store store;
    private final Map<String, Kept> cached = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Kept> eldest) {
            return size() > CACHED;
        }
    };
    /** Articles added since the index last refreshed, by canonical story id. */
    private final Map<String, List<Member>> unindexed = new java.util.HashMap<>();

    StoryProfiles(Store store) {
        this.store = store;
    }

    /** The profile of a story (its canonical id), or null when it has fewer than {@value StoryProfile#MIN_MEMBERS} articles. */
    StoryProfile profile(String canonical) throws IOException {
        Kept entry = cached.get(canonical);
        if (entry == null) {
            entry = read(canonical);
            cached.put(canonical, entry);
        }
        if (entry.members.size() < StoryProfile.MIN_MEMBERS) {
            return null;
        }
        if (entry.profile == null) {
            List<CodedKeys> keys = new ArrayList<>(entry.members.size());
            for (Member m : entry.members) {
                keys.add(m.keys());
            }
            entry.profile = StoryProfile.of(keys);
        }
        return entry.profile;
    }

    /** The last members of a story as stored: what the index sees and what it does not yet. */
    private Kept read(String canonical) throws IOException {
        List<Member> found = new ArrayList<>();
        for (ArticleIndex.Keyed k : store.latestKeys(canonical, StoryProfile.MEMBERS)) {
            found.add(Member.of(k.seq(), k.keys()));
        }
        found.addAll(unindexed.getOrDefault(canonical, List.of()));
        found.sort(Comparator.comparingLong(Member::seq));
        Kept entry = new Kept();
        long last = Long.MIN_VALUE;
        for (Member m : found) {
            if (m.seq() != last) { // an article both indexed and still listed as unindexed
                entry.members.addLast(m);
                last = m.seq();
            }
        }
        while (entry.members.size() > StoryProfile.MEMBERS) {
            entry.members.removeFirst();
        }
        return entry;
    }

    /** Counts an article (arrival number {@code seq}, features {@code keys}) into its story (canonical id). */
    void added(String canonical, long seq, CodedKeys keys) {
        Member member = Member.of(seq, keys);
        unindexed.computeIfAbsent(canonical, k -> new ArrayList<>()).add(member);
        Kept entry = cached.get(canonical);
        if (entry != null) {
            entry.members.addLast(member);
            if (entry.members.size() > StoryProfile.MEMBERS) {
                entry.members.removeFirst();
            }
            entry.profile = null;
        }
    }

    /** Records that story {@code from} (canonical before the merge) became part of {@code into}. */
    void merged(String from, String into) {
        if (from.equals(into)) {
            return;
        }
        List<Member> moved = unindexed.remove(from);
        if (moved != null) {
            unindexed.computeIfAbsent(into, k -> new ArrayList<>()).addAll(moved);
        }
        Kept a = cached.remove(from);
        Kept b = cached.remove(into);
        if (a != null && b != null) {
            List<Member> all = new ArrayList<>(a.members);
            all.addAll(b.members);
            all.sort(Comparator.comparingLong(Member::seq));
            Kept joined = new Kept();
            for (Member m : all.subList(Math.max(0, all.size() - StoryProfile.MEMBERS), all.size())) {
                joined.members.addLast(m);
            }
            cached.put(into, joined);
        }
    }

    /** The index now sees every article added so far. */
    void refreshed() {
        unindexed.clear();
    }
}
